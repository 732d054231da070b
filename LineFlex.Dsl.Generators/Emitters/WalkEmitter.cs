namespace LineFlex.Generators;

/// <summary>
/// The walk over the whole tree, modelled on Roslyn's <c>SyntaxVisitor&lt;TResult&gt;</c> and <c>SyntaxWalker</c>:
/// <c>FlexVisitor&lt;TResult&gt;</c>, one abstract <c>Visit{Node}</c> per concrete node, so a pass written as one stops
/// compiling when a node type is declared until it handles it; and <c>FlexWalker</c>, one virtual <c>Visit{Node}</c> per
/// concrete node that visits the node's children in wire order, each under its wire name. The hand-written part of
/// <c>FlexWalker</c> keeps the path and the depth check.
/// </summary>
internal static class WalkEmitter
{
    public static string EmitVisitor(Schema schema)
    {
        var code = new CodeWriter("The visitor of every node of the model: one method per concrete node.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal abstract partial class FlexVisitor<TResult>");
        code.Line("/// <summary>Calls the <c>Visit</c> method for <paramref name=\"node\"/>'s type.</summary>");
        code.Line("/// <exception cref=\"System.ArgumentNullException\"><paramref name=\"node\"/> is null.</exception>");
        code.Line("/// <exception cref=\"System.ArgumentException\"><paramref name=\"node\"/> is not a node of the model.</exception>");
        EmitSwitch(code, "public TResult Visit(object node)", schema.Concrete, "a node", n => $"return Visit{n.Name}({Local(n)});");
        foreach (var node in schema.Nodes.Where(n => n.IsAbstract))
        {
            code.Line();
            code.Line($"/// <summary>Calls the <c>Visit</c> method for the type of <paramref name=\"node\"/>, {Words.WithArticle(node.Name)}.</summary>");
            EmitSwitch(code, $"public TResult Visit({node.Name} node)", schema.Subtypes(node), Words.WithArticle(node.Name), n => $"return Visit{n.Name}({Local(n)});");
        }

        foreach (var node in schema.Concrete)
        {
            code.Line();
            code.Line($"/// <summary>Visits {Noun(node)}.</summary>");
            code.Line($"public abstract TResult Visit{node.Name}({node.Name} node);");
        }

        code.Close();
        return code.ToString();
    }

    public static string EmitWalker(Schema schema)
    {
        var nesting = new Nesting(schema);
        var code = new CodeWriter("The walker over every node of the model: each node's children in wire order.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal abstract partial class FlexWalker");
        var counting = nesting.Counting.Select(n => n.Name).ToList();
        code.Line("/// <summary>Whether <paramref name=\"node\"/> counts a level of nesting: a box, or a component holding one.</summary>");
        code.Line($"private static bool CountsALevel(object node) => {(counting.Count == 0 ? "false" : "node is " + string.Join(" or ", counting))};");
        code.Line();
        code.Line("/// <summary>Calls the <c>Visit</c> method for <paramref name=\"node\"/>'s type.</summary>");
        EmitSwitch(code, "private void Dispatch(object node)", schema.Concrete, "a node", n => $"Visit{n.Name}({Local(n)});\n    break;");
        foreach (var node in schema.Concrete)
        {
            code.Line();
            code.Line($"/// <summary>Visits {Noun(node)}: each node it holds, in wire order. An override calls the base method to go on below.</summary>");
            var children = schema.AllProperties(node).Where(p => IsNode(schema, p)).ToList();
            if (children.Count == 0)
            {
                code.Line($"protected virtual void Visit{node.Name}({node.Name} node)");
                code.Line("{");
                code.Line("}");
                continue;
            }

            code.Open($"protected virtual void Visit{node.Name}({node.Name} node)");
            foreach (var property in children)
            {
                var local = Words.Identifier(property.CamelName);
                code.Open($"if (node.{property.Name} is {{ }} {local})");
                if (property.Kind == ValueKind.List)
                {
                    code.Open($"for (var i = 0; i < {local}.Count; i++)");
                    code.Line($"Item(\"{property.WireName}\", i, {local}[i]);");
                    code.Close();
                }
                else
                {
                    code.Line($"Child(\"{property.WireName}\", {local});");
                }

                code.Close().Line();
            }

            code.TrimBlank();
            code.Close();
        }

        code.Close();
        return code.ToString();
    }

    private static bool IsNode(Schema schema, PropertyInfo property) => property switch
    {
        { Kind: ValueKind.Node } => schema.Find(property.Type) is not null,
        { Kind: ValueKind.List, ItemKind: ValueKind.Node, ItemType: { } item } => schema.Find(item) is not null,
        _ => false,
    };

    /// <summary>A method of one <c>switch</c> handing each of <paramref name="types"/> to <paramref name="handle"/>; null and any other type throw.</summary>
    private static void EmitSwitch(CodeWriter code, string signature, IEnumerable<NodeInfo> types, string what, Func<NodeInfo, string> handle)
    {
        code.Open(signature);
        code.Open("switch (node)");
        foreach (var type in types)
        {
            code.Line($"case {type.Name} {Local(type)}:");
            foreach (var line in handle(type).Split('\n'))
            {
                code.Line("    " + line.TrimStart());
            }
        }

        code.Line("case null:");
        code.Line("    throw new System.ArgumentNullException(nameof(node));");
        code.Line("default:");
        code.Line($"    throw new System.ArgumentException($\"{{node.GetType().Name}} is not {what} of LineFlex's model.\", nameof(node));");
        code.Close();
        code.Close();
    }

    private static string Noun(NodeInfo node) =>
        node.WireType is { } wire ? $"{Words.WithArticle(wire)} (<see cref=\"{node.Name}\"/>)" : $"<see cref=\"{node.Name}\"/>";

    private static string Local(NodeInfo node) => Words.Identifier(Words.Camel(node.Name));
}
