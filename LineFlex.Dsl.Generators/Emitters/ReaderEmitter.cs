namespace LineFlex.Generators;

/// <summary>
/// The JSON reader's code for every node: a <c>Read</c> method per record with its property switch, the list of
/// its legal property names for error messages, and what each node is called in them. A polymorphic node (a
/// component, an action) may name its <c>type</c> last, so its properties are first gathered into a generated
/// fields class and the record is built once the type is known. The hand-written part of <c>FlexJsonReader</c>
/// keeps the tokens, scalars and errors, and the entry to each polymorphic node (<c>ReadFlexComponent</c>,
/// <c>ReadFlexAction</c>), where nesting depth and untyped children are handled.
/// </summary>
internal static class ReaderEmitter
{
    public static string Emit(Schema schema)
    {
        var code = new CodeWriter("The JSON reader's code for every node of the model.");
        code.Line("using System;");
        code.Line("using System.Collections.Generic;").Line();
        code.Line($"namespace {schema.Namespace};").Line();
        code.Open("internal sealed partial class FlexJsonReader");
        EmitReaders(schema, code);
        code.Line();
        EmitNouns(schema, code);
        foreach (var node in schema.InWalkOrder())
        {
            code.Line();
            code.Line($"private static readonly string[] {node.Name}Names = [{string.Join(", ", Names(schema, node).Select(Literal))}];");
        }

        foreach (var node in schema.InWalkOrder())
        {
            code.Line();
            if (node.IsAbstract)
            {
                EmitPolymorphic(schema, node, code);
            }
            else if (Base(schema, node) is { } polymorphic)
            {
                EmitSubtype(node, polymorphic, code);
            }
            else
            {
                EmitPlain(schema, node, code);
            }
        }

        code.Close();
        return code.ToString();
    }

    /// <summary>The reader of each type, for a document of that type.</summary>
    private static void EmitReaders(Schema schema, CodeWriter code)
    {
        code.Line("/// <summary>The reader of each model type a document can hold.</summary>");
        code.Line("private static readonly Dictionary<Type, Func<FlexJsonReader, object?>> Readers = new()");
        code.Line("{");
        foreach (var node in schema.InWalkOrder())
        {
            code.Line($"    [typeof({node.Name})] = static r => r.{ReadCall(schema, node)},");
        }

        code.Line("};");
    }

    private static void EmitNouns(Schema schema, CodeWriter code)
    {
        code.Line("/// <summary>What each node is called in error messages.</summary>");
        code.Open("private static class Noun");
        foreach (var node in schema.InWalkOrder())
        {
            code.Line($"public const string {node.Name} = {Literal(node.Noun)};");
        }

        code.Close().Line();
        code.Line("/// <summary>What <paramref name=\"node\"/> is called in error messages: \"a TEXT\", \"a URI action\".</summary>");
        code.Line("private static string NounOf(object node) => node switch");
        code.Line("{");
        foreach (var node in schema.InWalkOrder().Where(n => !n.IsAbstract))
        {
            code.Line($"    {node.Name} => Noun.{node.Name},");
        }

        code.Line("    _ => node.GetType().Name,");
        code.Line("};");
    }

    /// <summary>A node without subtypes: its properties are read into locals and the record built from them.</summary>
    private static void EmitPlain(Schema schema, NodeInfo node, CodeWriter code)
    {
        var properties = schema.AllProperties(node).ToList();
        var names = Names(schema, node).ToList();
        EmitIndexes(node, code);
        code.Line($"/// <summary>Reads {Xml(node.Noun)} (<see cref=\"{node.Name}\"/>); null for a JSON null.</summary>");
        code.Open($"private {node.Name}? Read{node.Name}()");
        code.Open($"if (!BeginObject(Noun.{node.Name}))");
        code.Line("return null;");
        code.Close().Line();
        foreach (var property in properties)
        {
            code.Line($"{property.Type}? {Local(property)} = null;");
        }

        code.Open("while (NextProperty(out var name, out var word))");
        code.Open($"switch (IndexOf({node.Name}Indexes, word))");
        if (node.WireType is not null)
        {
            code.Line($"case 0: ReadFixedType({node.Name}.WireType, Noun.{node.Name}); break; // type");
        }

        foreach (var property in properties)
        {
            ReportUnreadable(property, code);
            code.Line($"case {names.IndexOf(property.WireName)}: {Local(property)} = {Read(schema, property)}; break; // {property.WireName}");
        }

        code.Line($"default: UnknownProperty(name, Noun.{node.Name}, {node.Name}Names); break;");
        code.Close();
        code.Close().Line();
        code.Line($"return new {node.Name}");
        code.Line("{");
        foreach (var property in properties)
        {
            code.Line($"    {property.Name} = {Local(property)},");
        }

        code.Line("};");
        code.Close();
    }

    /// <summary>A subtype read where the schema fixes it (a bubble's header is a BOX): its base is read with that type implied.</summary>
    private static void EmitSubtype(NodeInfo node, NodeInfo polymorphic, CodeWriter code)
    {
        code.Line($"/// <summary>Reads {Xml(node.Noun)} where nothing else may stand; null for a JSON null.</summary>");
        code.Line($"private {node.Name}? Read{node.Name}() =>");
        code.Line($"    ReadSubtype<{polymorphic.Name}, {node.Name}>(static (r, type) => r.Read{polymorphic.Name}(type), \"{node.WireType}\", Noun.{node.Name});");
    }

    /// <summary>A polymorphic node: a fields class with every subtype's properties, the property switch, and the build.</summary>
    private static void EmitPolymorphic(Schema schema, NodeInfo node, CodeWriter code)
    {
        var subtypes = schema.Subtypes(node).ToList();
        var fields = Union(schema, subtypes);

        // Each property is a bit of the fields' mask, in the order of the node's names ("type" first).
        var names = Names(schema, node).ToList();
        if (names.Count > 64)
        {
            code.Line($"#error {node.Name} has {names.Count} property names; a fields mask holds 64.");
        }

        EmitIndexes(node, code);
        foreach (var subtype in subtypes)
        {
            var bits = Names(schema, subtype).Aggregate(0UL, (mask, name) => mask | (1UL << names.IndexOf(name)));
            code.Line($"/// <summary>The properties of {Xml(subtype.Noun)}, as bits of a <see cref=\"{node.Name}Fields\"/> mask.</summary>");
            code.Line($"private const ulong {subtype.Name}Bits = 0x{bits:X}UL;").Line();
        }

        code.Line($"/// <summary>The properties of {Xml(node.Noun)} as read, before its <c>type</c> is known; enums and typed values kept raw.</summary>");
        code.Open($"private sealed class {node.Name}Fields(FlexJsonReader reader) : Fields(reader, {node.Name}Names)");
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            if (field.Conflict is not null)
            {
                code.Line($"#error {field.Conflict}");
            }

            if (field.Property is not null)
            {
                ReportUnreadable(field.Property, code);
            }

            code.Line($"public {field.Type} {field.Name} {{ get; set; }}");
        }

        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Open("protected override void Clear()");
        foreach (var field in fields)
        {
            code.Line($"{field.Name} = null;");
        }

        code.Close();
        code.Close().Line();

        code.Line($"/// <summary>Reads the properties of {Xml(node.Noun)} into <paramref name=\"f\"/>; the caller has begun the object.</summary>");
        code.Open($"private void Read{node.Name}Fields({node.Name}Fields f)");
        code.Open("while (NextName(out var name, out var word))");
        code.Open($"switch (IndexOf({node.Name}Indexes, word))");
        code.Line("case 0: f.Seen(0); f.Type = ReadString(); break; // type");
        foreach (var field in fields)
        {
            var index = names.IndexOf(field.WireName);
            code.Line($"case {index}: f.Seen({index}); f.{field.Name} = {field.Read}; break; // {field.WireName}");
        }

        code.Line($"default: NextValue(name); UnknownProperty(name, Noun.{node.Name}, {node.Name}Names); break;");
        code.Close();
        code.Close();
        code.Close().Line();

        var types = $"WireEnum<{subtypes.FirstOrDefault()?.WireTypeEnum ?? "string"}>.Expected";
        code.Line($"/// <summary>Builds the {Xml(node.Noun.Substring(node.Noun.IndexOf(' ') + 1))} of type <paramref name=\"type\"/> from <paramref name=\"f\"/>, refusing a property that type does not have.</summary>");
        code.Open($"private static {node.Name} Build{node.Name}({node.Name}Fields f, string? type)");
        code.Open("switch (type)");
        code.Line("case null:");
        code.Line($"    throw f.MissingType(Noun.{node.Name}, {types});");
        foreach (var subtype in subtypes)
        {
            code.Line($"case \"{subtype.WireType}\":");
            code.Line($"    f.Only({subtype.Name}Bits, {subtype.Name}Names, Noun.{subtype.Name});");
            code.Line($"    return new {subtype.Name}");
            code.Line("    {");
            foreach (var property in schema.AllProperties(subtype))
            {
                var field = fields.First(f => f.WireName == property.WireName);
                code.Line($"        {property.Name} = {Build(schema, property, field)},");
            }

            code.Line("    };");
        }

        code.Line("default:");
        code.Line($"    throw f.NotAType(type, Noun.{node.Name}, {types});");
        code.Close();
        code.Close();
    }

    /// <summary>The table a node's property switch finds a name's index in <c>{Node}Names</c> by, from the name's word number.</summary>
    private static void EmitIndexes(NodeInfo node, CodeWriter code)
    {
        code.Line($"/// <summary>The index in <see cref=\"{node.Name}Names\"/> of each of the wire's words, by its number.</summary>");
        code.Line($"private static readonly sbyte[] {node.Name}Indexes = IndexByWord({node.Name}Names);").Line();
    }

    /// <summary>One field per wire name over all subtypes, in the order the names first appear.</summary>
    private static List<UnionField> Union(Schema schema, List<NodeInfo> subtypes)
    {
        var fields = new List<UnionField>();
        foreach (var subtype in subtypes)
        {
            foreach (var property in schema.AllProperties(subtype))
            {
                var (type, read) = Field(schema, property);
                var existing = fields.FindIndex(f => f.WireName == property.WireName);
                if (existing < 0)
                {
                    fields.Add(new UnionField(property.WireName, property.Name, type, read, null, property));
                }
                else if (fields[existing].Type != type && fields[existing].Conflict is null)
                {
                    fields[existing] = fields[existing] with
                    {
                        Conflict = $"'{property.WireName}' is read as {fields[existing].Type} in one subtype and as {type} in {subtype.Name}; give both the same kind of value",
                    };
                }
            }
        }

        return fields;
    }

    /// <summary>How a polymorphic node keeps a property until its type is known: raw text for enums and typed values.</summary>
    private static (string Type, string Read) Field(Schema schema, PropertyInfo property) => property.Kind switch
    {
        ValueKind.Enum or ValueKind.Value => ("string?", "ReadString()"),
        ValueKind.List when ChildBase(schema, property) is { } childBase => ("ChildRange?", $"Read{childBase.Name}Children()"),
        _ => ($"{property.Type}?", Read(schema, property)),
    };

    /// <summary>A property's value from the fields, checked now that the type is known.</summary>
    private static string Build(Schema schema, PropertyInfo property, UnionField field) => property.Kind switch
    {
        ValueKind.Enum => $"f.Word<{property.Type}>(\"{property.WireName}\", f.{field.Name})",
        ValueKind.Value => $"Raw<{property.Type}>(f.{field.Name})",
        ValueKind.List when ChildBase(schema, property) is not null => $"Children<{property.ItemType}>(f, \"{property.WireName}\", f.{field.Name}, Noun.{property.ItemType})",
        _ => "f." + field.Name,
    };

    /// <summary>The call that reads a property's value where the node's type is known.</summary>
    private static string Read(Schema schema, PropertyInfo property) => property.Kind switch
    {
        ValueKind.String => "ReadString()",
        ValueKind.Integer => "ReadInt()",
        ValueKind.Boolean => "ReadBool()",
        ValueKind.DateTime => "ReadDateTime()",
        ValueKind.Enum => $"ReadEnum<{property.Type}>()",
        ValueKind.Value => $"ReadRaw<{property.Type}>()",
        ValueKind.Node => schema.Find(property.Type) is { } node ? ReadCall(schema, node) : $"Read{property.Type}()",
        ValueKind.List => property.ItemKind switch
        {
            ValueKind.Node when schema.Find(property.ItemType!) is { } item => $"ReadList(Noun.{item.Name}, static r => r.{ReadCall(schema, item)})",
            ValueKind.Enum => $"ReadWords<{property.ItemType}>()",
            _ => "default",
        },
        _ => "null",
    };

    /// <summary>The call that reads one <paramref name="node"/>.</summary>
    private static string ReadCall(Schema schema, NodeInfo node) =>
        node.IsAbstract ? $"Read{node.Name}(impliedType: null)" : $"Read{node.Name}()";

    /// <summary>The polymorphic base of a list's items, when the list holds children read before their parent's type is known.</summary>
    private static NodeInfo? ChildBase(Schema schema, PropertyInfo property)
    {
        if (property is not { Kind: ValueKind.List, ItemKind: ValueKind.Node } || schema.Find(property.ItemType!) is not { } item)
        {
            return null;
        }

        return item.IsAbstract ? item : Base(schema, item);
    }

    /// <summary>The polymorphic record a node derives from, if any.</summary>
    private static NodeInfo? Base(Schema schema, NodeInfo node) =>
        node.BaseName is { } baseName && schema.Find(baseName) is { IsAbstract: true } polymorphic ? polymorphic : null;

    /// <summary>The legal property names of a node in wire order, <c>type</c> first where it has one.</summary>
    private static IEnumerable<string> Names(Schema schema, NodeInfo node)
    {
        if (node.IsAbstract)
        {
            return new[] { "type" }.Concat(Union(schema, schema.Subtypes(node).ToList()).Select(f => f.WireName));
        }

        var names = schema.AllProperties(node).Select(p => p.WireName);
        return node.WireType is null ? names : new[] { "type" }.Concat(names);
    }

    private static string Local(PropertyInfo property) =>
        property.CamelName is "name" or "r" ? property.CamelName + "Value" : Words.Identifier(property.CamelName);

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A list the reader has no way to read stops the build, naming the property.</summary>
    private static void ReportUnreadable(PropertyInfo property, CodeWriter code)
    {
        if (property.Kind == ValueKind.List && property.ItemKind is not (ValueKind.Node or ValueKind.Enum))
        {
            code.Line($"#error The reader reads lists of records and of enums only; '{property.WireName}' is a list of {property.ItemType}.");
        }
    }

    private sealed record UnionField(string WireName, string Name, string Type, string Read, string? Conflict, PropertyInfo? Property);
}
