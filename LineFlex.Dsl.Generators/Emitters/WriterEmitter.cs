namespace LineFlex.Generators;

/// <summary>
/// The JSON writer's code for every node: one <c>Write</c> overload per record, properties in declaration order with
/// <c>type</c> first, unset values left out. The hand-written part of <c>FlexJsonWriter</c> keeps the primitives
/// (<c>Str</c>, <c>Int</c>, <c>Bool</c>, <c>Enum</c>, <c>NotNull</c>, <c>FormatSendAt</c>) and
/// <c>EnsureRoomBelow</c>, which a node that counts a level of nesting (<see cref="Nesting"/>: a box, or a component
/// holding one) calls before writing each such node it holds, so a tree too deep is refused before the writer recurses
/// into it.
/// </summary>
internal static class WriterEmitter
{
    public static string Emit(Schema schema)
    {
        var code = new CodeWriter("The JSON writer's code for every node of the model.");
        code.Line("using Newtonsoft.Json;").Line();
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal static partial class FlexJsonWriter");
        var nesting = new Nesting(schema);
        EmitDispatch(schema, code);
        foreach (var node in schema.Nodes)
        {
            code.Line();
            if (node.IsAbstract)
            {
                EmitPolymorphic(schema, node, code);
            }
            else
            {
                EmitNode(schema, nesting, node, code);
            }
        }

        code.Close();
        return code.ToString();
    }

    private static void EmitDispatch(Schema schema, CodeWriter code)
    {
        code.Line("/// <summary>Writes any node of the model; the overload for its type does the work.</summary>");
        code.Open("public static void WriteNode(JsonWriter w, object node)");
        code.Open("switch (node)");
        foreach (var node in schema.InWalkOrder().Where(n => n.BaseName is null))
        {
            code.Line($"case {node.Name} {Local(node)}: Write(w, {Local(node)}); break;");
        }

        code.Line("default: throw NotAModelType(node);");
        code.Close();
        code.Close();
    }

    private static void EmitPolymorphic(Schema schema, NodeInfo node, CodeWriter code)
    {
        code.Open($"private static void Write(JsonWriter w, {node.Name} node)");
        code.Open("switch (node)");
        foreach (var subtype in schema.Subtypes(node))
        {
            code.Line($"case {subtype.Name} {Local(subtype)}: Write(w, {Local(subtype)}); break;");
        }

        code.Line($"default: throw new System.ArgumentException($\"{{node.GetType().Name}} is not {Words.WithArticle(node.Name)} of LineFlex's model.\", nameof(node));");
        code.Close();
        code.Close();
    }

    private static void EmitNode(Schema schema, Nesting nesting, NodeInfo node, CodeWriter code)
    {
        var counts = nesting.Counts(node);
        if (counts)
        {
            code.Line($"private static void Write(JsonWriter w, {node.Name} node) => Write(w, node, level: 1);").Line();
            code.Line($"// level: how many levels of nesting this {node.Name} stands at, counting itself (1 when in none).");
            code.Open($"private static void Write(JsonWriter w, {node.Name} node, int level)");
        }
        else
        {
            code.Open($"private static void Write(JsonWriter w, {node.Name} node)");
        }

        // The bubble, whose bytes LF507 limits: a writer that notes them is told where each one starts and ends.
        var noted = node.Name == "FlexBubble";
        if (noted)
        {
            code.Line("var start = BubbleStart(w);");
        }

        code.Line("w.WriteStartObject();");
        if (node.WireType is not null)
        {
            code.Line($"Word(w, \"type\", \"{node.WireType}\");");
        }

        var properties = schema.AllProperties(node).ToList();
        for (var i = 0; i < properties.Count;)
        {
            // A run of rare properties of one group is passed at once while the node holds none of them.
            var run = 1;
            while (properties[i].Rare is { } storage && i + run < properties.Count && properties[i + run].Rare?.Group == storage.Group)
            {
                run++;
            }

            if (run > 1)
            {
                code.Open($"if (node.{RareStorageEmitter.HolderName(properties[i].Rare!)})");
            }

            for (var end = i + run; i < end; i++)
            {
                EmitProperty(properties[i], counts ? nesting.CountingAdmitted(properties[i]).ToList() : [], code);
            }

            if (run > 1)
            {
                code.Close().Line();
            }
        }

        code.Line("w.WriteEndObject();");
        if (noted)
        {
            code.Line("BubbleWritten(w, node, start);");
        }

        code.Close();
    }

    /// <summary>Writes one property; <paramref name="nested"/> are the nodes counting a level it may hold, in a node counting one.</summary>
    private static void EmitProperty(PropertyInfo property, List<NodeInfo> nested, CodeWriter code)
    {
        var access = "node." + property.Name;
        var name = $"\"{property.WireName}\"";
        var local = Words.Identifier(property.CamelName);
        switch (property.Kind)
        {
            case ValueKind.String:
                code.Line($"Str(w, {name}, {access});");
                break;
            case ValueKind.Integer:
                code.Line($"Int(w, {name}, {access});");
                break;
            case ValueKind.Boolean:
                code.Line($"Bool(w, {name}, {access});");
                break;
            case ValueKind.Enum:
                code.Line($"Enum(w, {name}, {access});");
                break;
            case ValueKind.Value:
                code.Line($"Str(w, {name}, {access}?.Value);");
                break;
            case ValueKind.DateTime:
                code.Line($"Str(w, {name}, {access} is {{ }} {local} ? FormatSendAt({local}) : null);");
                break;
            case ValueKind.Node:
                code.Open($"if ({access} is {{ }} {local})");
                code.Line($"w.WritePropertyName({name}, escape: false);");
                if (nested.Count > 0)
                {
                    EmitNested(nested, local, index: null, code);
                }
                else
                {
                    code.Line($"Write(w, {local});");
                }

                code.Close().Line();
                break;
            case ValueKind.List:
                code.Open($"if ({access} is {{ }} {local})");
                code.Line($"w.WritePropertyName({name}, escape: false);");
                code.Line("w.WriteStartArray();");
                code.Open($"for (var i = 0; i < {local}.Count; i++)");
                if (nested.Count > 0)
                {
                    code.Line($"var item = NotNull(w, {local}[i], i);");
                    EmitNested(nested, "item", index: "i", code);
                    code.Close().Line();
                    code.Line("w.WriteEndArray();");
                    code.Close().Line();
                    break;
                }

                code.Line(property.ItemKind switch
                {
                    ValueKind.Enum => $"w.WriteValue(WireEnum<{property.ItemType}>.Name({local}[i]));",
                    ValueKind.Node => $"Write(w, NotNull(w, {local}[i], i));",
                    ValueKind.Integer or ValueKind.Boolean => $"w.WriteValue({local}[i]);",
                    ValueKind.Value => $"w.WriteValue({local}[i].Value);",
                    _ => $"w.WriteValue(NotNull(w, {local}[i], i));",
                });
                code.Close().Line();
                code.Line("w.WriteEndArray();");
                code.Close().Line();
                break;
        }
    }

    /// <summary>
    /// A value that may be a node counting a level: one that is goes a level deeper, checked first. <paramref name="index"/>
    /// is the item's index in its list, or null for a property holding one node (the writer's path then names it).
    /// </summary>
    private static void EmitNested(List<NodeInfo> nested, string value, string? index, CodeWriter code)
    {
        for (var n = 0; n < nested.Count; n++)
        {
            var variable = n == 0 ? "nested" : "nested" + nested[n].Name;
            code.Open($"{(n == 0 ? string.Empty : "else ")}if ({value} is {nested[n].Name} {variable})");
            if (n == 0)
            {
                code.Line("// Checked before going deeper: a tree of records can nest deep enough to overflow the stack.");
            }

            code.Line(index is null ? "EnsureRoomBelow(w, level);" : $"EnsureRoomBelow(w, {index}, level);");
            code.Line($"Write(w, {variable}, level + 1);");
            code.Close();
        }

        code.Open("else");
        code.Line($"Write(w, {value});");
        code.Close();
    }

    private static string Local(NodeInfo node) => Words.Identifier(Words.Camel(node.Name));
}
