namespace LineFlex.Generators;

/// <summary>
/// The nesting rule's code (<see cref="Nesting"/>): which components count a level (<c>CountsALevel</c>, for the
/// reader), how many levels a tree has up to a bound (<c>Levels</c>, for the builder and the validator) and the first
/// child too deep, with its wire path (<c>ChildTooDeep</c>). The hand-written part of <c>BoxNesting</c> keeps the
/// walk down that path; the writer checks the same rule as it goes (<see cref="WriterEmitter"/>).
/// </summary>
internal static class NestingEmitter
{
    public static string Emit(Schema schema)
    {
        var nesting = new Nesting(schema);
        var baseName = nesting.Base?.Name ?? "object";
        var code = new CodeWriter("Which components count a level of nesting, and how many levels a tree has.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal static partial class BoxNesting");

        code.Line("/// <summary>Whether <paramref name=\"component\"/> counts a level: it holds a box, directly or through what it holds.</summary>");
        var counting = nesting.Counting.Select(n => n.Name).ToList();
        code.Line($"public static bool CountsALevel({baseName}? component) => {(counting.Count == 0 ? "false" : "component is " + string.Join(" or ", counting))};").Line();

        code.Line("/// <summary>The most components that nest in one another without counting a level (a TEXT and its SPANs): how many a reader may have open below the deepest one that counts.</summary>");
        code.Line($"public const int LeafLevels = {nesting.LeafLevels};").Line();

        code.Line("/// <summary>");
        code.Line("/// The number of levels in <paramref name=\"component\"/> (0 for a leaf, 1 for a box of leaves), or");
        code.Line("/// <paramref name=\"bound\"/> + 1 when it has more than <paramref name=\"bound\"/>: never recurses more than a bound deep.");
        code.Line("/// </summary>");
        code.Open($"public static int Levels({baseName}? component, int bound)");
        EmitSwitch(nesting, code, "0", (node, local) =>
        {
            code.Open("if (bound <= 0)").Line("return 1;").Close().Line();
            code.Line("var deepest = 0;");
            EmitChildren(schema, nesting, node, local, code, child => $"!Within(Levels({child}, bound - 1), bound, ref deepest)", (_, _) => code.Line("return bound + 1;"));
            code.Line("return deepest + 1;");
        });
        code.Close().Line();

        code.Line("/// <summary>The first child of <paramref name=\"component\"/> with more than <paramref name=\"allowed\"/> levels, its wire name appended to <paramref name=\"path\"/>.</summary>");
        code.Open($"private static {baseName}? ChildTooDeep({baseName} component, int allowed, System.Text.StringBuilder path)");
        EmitSwitch(nesting, code, "null", (node, local) =>
        {
            EmitChildren(schema, nesting, node, local, code, child => $"Levels({child}, allowed) > allowed", (child, segment) => code.Line(segment + ";").Line($"return {child};"));
            code.Line("return null;");
        });
        code.Close();

        code.Close();
        return code.ToString();
    }

    /// <summary>A <c>switch</c> over the counting nodes, <paramref name="body"/> writing each case; any other component gives <paramref name="otherwise"/>.</summary>
    private static void EmitSwitch(Nesting nesting, CodeWriter code, string otherwise, Action<NodeInfo, string> body)
    {
        code.Open("switch (component)");
        foreach (var node in nesting.Counting)
        {
            var local = Words.Identifier(Words.Camel(node.Name));
            code.Open($"case {node.Name} {local}:");
            body(node, local);
            code.Close();
        }

        code.Line("default:");
        code.Line($"    return {otherwise};");
        code.Close();
    }

    /// <summary>
    /// For each child of <paramref name="node"/> that may count a level, in wire order: <c>if (test) { then }</c>, with
    /// the child's expression and the code that appends its wire name to <c>path</c>.
    /// </summary>
    private static void EmitChildren(Schema schema, Nesting nesting, NodeInfo node, string local, CodeWriter code, Func<string, string> test, Action<string, string> then)
    {
        foreach (var property in schema.AllProperties(node).Where(p => nesting.CountingAdmitted(p).Any()))
        {
            var child = Words.Identifier(property.CamelName);
            if (property.Kind == ValueKind.List)
            {
                code.Open($"if ({local}.{property.Name} is {{ }} {child})");
                code.Open($"for (var i = 0; i < {child}.Count; i++)");
                code.Open($"if ({test(child + "[i]")})");
                then(child + "[i]", $"Segment(path, \"{property.WireName}\").Append('[').Append(i).Append(']')");
                code.Close();
                code.Close();
                code.Close().Line();
            }
            else
            {
                code.Open($"if ({test($"{local}.{property.Name}")})");
                then($"{local}.{property.Name}", $"Segment(path, \"{property.WireName}\")");
                code.Close().Line();
            }
        }
    }
}
