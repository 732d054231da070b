namespace LineFlex.Generators;

/// <summary>
/// The well-formedness checks of every node: each typed value (<c>FlexSpacing</c>, <c>FlexColor</c>, ...) and each
/// enum the node holds, reported at its wire name. The rule of each value type is chosen by the overloads of
/// <c>NodeChecks.WellFormed</c>, so a property of a new value type does not compile until it has one.
/// </summary>
internal static class ChecksEmitter
{
    public static string Emit(Schema schema)
    {
        var code = new CodeWriter("The well-formedness checks of every node's typed values and enums.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal readonly partial struct NodeChecks<T>");
        // A node without a typed value or an enum gets no method: once it has one, its validator must call the
        // method, and the test that puts a malformed value in every typed property fails until it does.
        foreach (var node in schema.Concrete)
        {
            var checks = schema.AllProperties(node).Select(Check).Where(line => line is not null).ToList();
            if (checks.Count == 0)
            {
                continue;
            }

            code.Line($"/// <summary>Every typed value of {Describe(node)} is well formed and every enum one the API defines.</summary>");
            code.Open($"public void WellFormed({node.Name} node)");
            foreach (var line in checks)
            {
                code.Line(line!);
            }

            code.Close().Line();
        }

        code.TrimBlank();
        code.Close();
        return code.ToString();
    }

    private static string? Check(PropertyInfo property)
    {
        var name = $"\"{property.WireName}\"";
        var access = "node." + property.Name;
        return property.Kind switch
        {
            ValueKind.Enum => $"Defined({name}, {access});",
            ValueKind.Value when property.AlphaAllowed => $"WellFormed({name}, {access}, alphaAllowed: true);",
            ValueKind.Value => $"WellFormed({name}, {access});",
            ValueKind.List when property.ItemKind == ValueKind.Enum => $"DefinedItems({name}, {access});",
            _ => null,
        };
    }

    private static string Describe(NodeInfo node) =>
        node.WireType is { } type ? Words.WithArticle(type) : $"a <see cref=\"{node.Name}\"/>";
}
