namespace LineFlex.Generators;

/// <summary>
/// The JSON writer's code for every node: one <c>Write</c> overload per record, properties in declaration order with
/// <c>type</c> first, unset values left out. The hand-written part of <c>FlexJsonWriter</c> keeps the primitives
/// (<c>Str</c>, <c>Int</c>, <c>Bool</c>, <c>Enum</c>, <c>NotNull</c>, <c>FormatSendAt</c>).
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
        code.Open($"private static void Write(JsonWriter w, {node.Name} node)");
        code.Line("w.WriteStartObject();");
        if (node.WireType is not null)
        {
            code.Line($"Str(w, \"type\", \"{node.WireType}\");");
        }

        foreach (var property in schema.AllProperties(node))
        {
            EmitProperty(schema, property, code);
        }

        code.Line("w.WriteEndObject();");
        code.Close();
    }

    private static void EmitProperty(Schema schema, PropertyInfo property, CodeWriter code)
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

    private static string Local(NodeInfo node) => Words.Identifier(Words.Camel(node.Name));
}
