namespace LineFlex.Generators;

/// <summary>
/// The JSON writer's code for every node: one <c>Write</c> overload per record, properties in declaration order with
/// <c>type</c> first, unset values left out. The hand-written part of <c>FlexJsonWriter</c> keeps the primitives
/// (<c>Str</c>, <c>Int</c>, <c>Bool</c>, <c>Enum</c>, <c>NotNull</c>, <c>FormatSendAt</c>) and
/// <c>EnsureRoomBelow</c>, which a node that can hold its own kind (a box in a box) calls before writing each one
/// nested in it, so a tree too deep is refused before the writer recurses into it.
/// </summary>
internal static class WriterEmitter
{
    public static string Emit(Schema schema)
    {
        var code = new CodeWriter("The JSON writer's code for every node of the model.");
        code.Line("using Newtonsoft.Json;").Line();
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal static partial class FlexJsonWriter");
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
                EmitNode(schema, node, code);
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

    private static void EmitNode(Schema schema, NodeInfo node, CodeWriter code)
    {
        var nests = schema.AllProperties(node).Any(p => schema.Nests(node, p));
        if (nests)
        {
            code.Line($"private static void Write(JsonWriter w, {node.Name} node) => Write(w, node, level: 1);").Line();
            code.Line($"// level: how deep this {node.Name} stands in others of its kind, counting itself (1 when in none).");
            code.Open($"private static void Write(JsonWriter w, {node.Name} node, int level)");
        }
        else
        {
            code.Open($"private static void Write(JsonWriter w, {node.Name} node)");
        }

        code.Line("w.WriteStartObject();");
        if (node.WireType is not null)
        {
            code.Line($"Word(w, \"type\", \"{node.WireType}\");");
        }

        foreach (var property in schema.AllProperties(node))
        {
            EmitProperty(schema, property, schema.Nests(node, property) ? node : null, code);
        }

        code.Line("w.WriteEndObject();");
        code.Close();
    }

    /// <summary>Writes one property; <paramref name="nested"/> is the node's own type when the list can hold it.</summary>
    private static void EmitProperty(Schema schema, PropertyInfo property, NodeInfo? nested, CodeWriter code)
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
                code.Line($"Write(w, {local});");
                code.Close().Line();
                break;
            case ValueKind.List:
                code.Open($"if ({access} is {{ }} {local})");
                code.Line($"w.WritePropertyName({name}, escape: false);");
                code.Line("w.WriteStartArray();");
                code.Open($"for (var i = 0; i < {local}.Count; i++)");
                if (nested is not null)
                {
                    EmitNestedItem(nested, local, code);
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

    /// <summary>An item of a list that can hold the node's own type: one of that type goes a level deeper, checked first.</summary>
    private static void EmitNestedItem(NodeInfo node, string list, CodeWriter code)
    {
        code.Line($"var item = NotNull(w, {list}[i], i);");
        code.Open($"if (item is {node.Name} nested)");
        code.Line("// Checked before going deeper: a tree of records can nest deep enough to overflow the stack.");
        code.Line("EnsureRoomBelow(w, i, level);");
        code.Line("Write(w, nested, level + 1);");
        code.Close();
        code.Open("else");
        code.Line("Write(w, item);");
        code.Close();
    }

    private static string Local(NodeInfo node) => Words.Identifier(Words.Camel(node.Name));
}
