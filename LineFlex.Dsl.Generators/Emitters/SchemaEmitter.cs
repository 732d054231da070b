using System.Text.RegularExpressions;

namespace LineFlex.Generators;

/// <summary>The data of <c>FlexSchema</c>: every node with its properties, wire names, CLR types, builder methods and allowed words.</summary>
internal static class SchemaEmitter
{
    public static string Emit(Schema schema)
    {
        var grammars = new HashSet<string>(schema.Grammars.Select(g => g.Name));
        var code = new CodeWriter("The schema description of every node of the model.");
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("public static partial class FlexSchema");
        code.Line("private static FlexNodeSchema[] CreateNodes() =>");
        code.Line("[");
        foreach (var node in schema.InWalkOrder())
        {
            var wireType = node.WireType is null ? "null" : $"\"{node.WireType}\"";
            var baseType = node.BaseName is null ? "null" : $"typeof({node.BaseName})";
            var builder = node.Builder is null ? "null" : $"typeof({node.Builder})";
            code.Line($"    new(typeof({node.Name}), {wireType}, {baseType}, {builder}, {Literal(PlainText(node.Summary))},");
            code.Line("    [");
            var feeders = schema.Nodes.Where(n => n.Builder is not null && n.Builder == node.Builder).ToList();
            foreach (var property in schema.AllProperties(node))
            {
                code.Line("        " + Property(property, BuilderMethod(node, feeders, property), grammars) + ",");
            }

            code.Line("    ]),");
        }

        code.Line("];");
        code.Close();
        return code.ToString();
    }

    private static string Property(PropertyInfo property, string? builderMethod, HashSet<string> grammars)
    {
        var kind = property.Kind == ValueKind.Node ? "Object" : property.Kind.ToString();
        var parts = new List<string>
        {
            Literal(property.Name),
            Literal(property.WireName),
            $"typeof({property.Type})",
            "FlexValueKind." + kind,
            Literal(PlainText(property.Summary)),
        };
        if (property.ItemType is not null)
        {
            parts.Add($"itemType: typeof({property.ItemType})");
        }

        if (property.Required)
        {
            parts.Add("required: true");
        }

        if (builderMethod is not null)
        {
            parts.Add($"builderMethod: {Literal(builderMethod)}");
        }

        var valueType = property.Kind == ValueKind.List ? property.ItemType : property.Type;
        var valueKind = property.Kind == ValueKind.List ? property.ItemKind : property.Kind;
        if (valueKind == ValueKind.Enum)
        {
            parts.Add($"keywords: WireEnum<{valueType}>.Words");
        }
        else if (valueKind == ValueKind.Value)
        {
            if (grammars.Contains(valueType!))
            {
                parts.Add($"keywords: {valueType}.Grammar.Keywords");
                parts.Add($"pixels: {valueType}.Grammar.AllowsPixels");
                parts.Add($"percent: {valueType}.Grammar.AllowsPercent");
            }

            parts.Add($"format: Format<{valueType}>()");
        }

        return $"new({string.Join(", ", parts)})";
    }

    /// <summary>
    /// The builder method that sets the property: a generated setter, a shared modifier (the builder's capability
    /// has <c>Set{Name}</c>), or a hand-written method of the same name; null when it is set another way.
    /// </summary>
    private static string? BuilderMethod(NodeInfo node, List<NodeInfo> feeders, PropertyInfo property)
    {
        if (node.Builder is null)
        {
            return null;
        }

        if (property.HasSetter
            || feeders.SelectMany(n => n.Capabilities).Any(c => c.Method == "Set" + property.Name)
            || feeders.SelectMany(n => n.BuilderMethods).Contains(property.Name))
        {
            return property.Name;
        }

        return null;
    }

    /// <summary>The summary as plain text: <c>&lt;c&gt;x&lt;/c&gt;</c> is <c>x</c>, a <c>&lt;see cref/&gt;</c> the name it points to.</summary>
    internal static string PlainText(string summary)
    {
        var text = Regex.Replace(summary, "<see (?:cref|langword)=\"(?:[A-Z]:)?(?:[\\w.`]+\\.)?([\\w`]+)\"\\s*/>", "$1");
        text = Regex.Replace(text, "<[^>]+>", string.Empty);
        return text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
