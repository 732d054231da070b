using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace LineFlex.Generators;

/// <summary>Reads the declarations of the model (records, their properties and attributes) into the generator's own model.</summary>
internal static class ModelReader
{
    public const string NodeAttribute = "LineFlex.FlexNodeAttribute";
    public const string GrammarAttribute = "LineFlex.GrammarAttribute";
    private const string WireAttribute = "LineFlex.WireAttribute";
    private const string SetterAttribute = "LineFlex.SetterAttribute";
    private const string SharedAttribute = "LineFlex.SharedAttribute";
    private const string PropertiesOfAttribute = "LineFlex.PropertiesOfAttribute";

    /// <summary>A declared type as generated code spells it: fully qualified, with its <c>?</c>.</summary>
    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static (NodeInfo? Node, EquatableArray<Problem> Problems) ReadNode(INamedTypeSymbol type)
    {
        var problems = new List<Problem>();
        var attribute = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == NodeAttribute);
        string? wireType = null, wireEnum = null, wireMember = null, wireProperty = null;
        if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { IsNull: false } argument)
        {
            if (argument.Kind == TypedConstantKind.Enum && argument.Type is INamedTypeSymbol enumType)
            {
                var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, argument.Value));
                wireEnum = enumType.Name;
                wireMember = member?.Name;
                wireType = member is null ? null : Words.WireWord(member.Name);
                wireProperty = FindTypeProperty(type.BaseType, enumType);
                if (wireProperty is null)
                {
                    problems.Add(new Problem(
                        "LFG002",
                        $"{type.Name} takes its wire type from {enumType.Name}, but its base record has no abstract {enumType.Name} property to override. Derive it from a [FlexNode] record with one, or give the wire type as a string.",
                        type.Locations[0]));
                }
            }
            else if (argument.Value is string text)
            {
                wireType = text;
            }
        }

        string? builder = null, noun = null;
        var builderMethods = new List<string>();
        var capabilities = new List<CapabilitySetter>();
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Builder" && named.Value.Value is INamedTypeSymbol builderType)
            {
                builder = builderType.Name;
                ReadBuilder(builderType, builderMethods, capabilities);
            }
            else if (named.Key == "Noun" && named.Value.Value is string given)
            {
                noun = given;
            }
        }

        var baseName = type.BaseType is { } baseType && HasAttribute(baseType, NodeAttribute) ? baseType.Name : null;
        var properties = new List<PropertyInfo>();
        foreach (var property in DeclaredProperties(type))
        {
            if (ReadProperty(property, problems, included: false) is { } info)
            {
                properties.Add(info);
            }
        }

        IncludeInterfaceProperties(type, properties, problems);

        var node = new NodeInfo(
            type.Name,
            type.ContainingNamespace.ToDisplayString(),
            type.IsAbstract,
            baseName,
            wireType,
            wireEnum,
            wireMember,
            wireProperty,
            builder,
            noun ?? Words.WithArticle(wireType ?? Words.Camel(type.Name)),
            new EquatableArray<string>(builderMethods.Distinct().OrderBy(m => m, StringComparer.Ordinal)),
            new EquatableArray<CapabilitySetter>(capabilities),
            new EquatableArray<PropertyInfo>(properties),
            Summary(type),
            type.Locations[0].SourceTree?.FilePath ?? type.Name);
        return (node, new EquatableArray<Problem>(problems));
    }

    public static GrammarInfo ReadGrammar(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == GrammarAttribute);
        var description = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var keywords = (attribute.ConstructorArguments[1].Value as string ?? string.Empty)
            .Split([' '], StringSplitOptions.RemoveEmptyEntries);
        bool Flag(string name) => attribute.NamedArguments.Any(a => a.Key == name && a.Value.Value is true);
        return new GrammarInfo(
            type.Name,
            type.ContainingNamespace.ToDisplayString(),
            description,
            new EquatableArray<string>(keywords),
            Flag("Pixels"),
            Flag("Percent"),
            Flag("Signed"));
    }

    private static void ReadBuilder(INamedTypeSymbol builder, List<string> methods, List<CapabilitySetter> capabilities)
    {
        foreach (var method in builder.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.MethodKind == MethodKind.Ordinary && method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic)
            {
                methods.Add(method.Name);
            }
        }

        foreach (var capability in builder.AllInterfaces)
        {
            foreach (var member in capability.GetMembers().OfType<IMethodSymbol>())
            {
                if (member.Name.StartsWith("Set", StringComparison.Ordinal) && member.Parameters.Length == 1)
                {
                    capabilities.Add(new CapabilitySetter(
                        capability.Name,
                        member.Name,
                        member.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        builder.FindImplementationForInterfaceMember(member) is not null));
                }
            }
        }
    }

    /// <summary>
    /// Inserts the properties of each interface a <c>[PropertiesOf]</c> names, in the interface's order, after the
    /// node's property it names (at the end when it names none).
    /// </summary>
    private static void IncludeInterfaceProperties(INamedTypeSymbol type, List<PropertyInfo> properties, List<Problem> problems)
    {
        foreach (var attribute in type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == PropertiesOfAttribute))
        {
            if (attribute.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol declaredBy)
            {
                continue;
            }

            var after = attribute.NamedArguments.FirstOrDefault(a => a.Key == "After").Value.Value as string;
            var at = after is null ? properties.Count : properties.FindIndex(p => p.Name == after) + 1;
            if (at == 0)
            {
                problems.Add(new Problem(
                    "LFG004",
                    $"{type.Name} takes the properties of {declaredBy.Name} after {after}, but has no property {after}. Name one of its own properties: After = nameof(Margin).",
                    type.Locations[0]));
                continue;
            }

            var included = declaredBy.GetMembers()
                .OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && !p.IsIndexer)
                .OrderBy(p => p.Locations[0].SourceSpan.Start)
                .Select(p => ReadProperty(p, problems, included: true))
                .OfType<PropertyInfo>();
            properties.InsertRange(at, included);
        }
    }

    /// <summary>The init properties declared by this record, in the order they are written in its file.</summary>
    private static IEnumerable<IPropertySymbol> DeclaredProperties(INamedTypeSymbol type) =>
        type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.SetMethod is not null)
            .OrderBy(p => p.Locations[0].SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(p => p.Locations[0].SourceSpan.Start);

    private static PropertyInfo? ReadProperty(IPropertySymbol property, List<Problem> problems, bool included)
    {
        var wire = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == WireAttribute);
        var setter = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SetterAttribute);
        var wireName = wire?.ConstructorArguments.FirstOrDefault().Value as string ?? Words.Camel(property.Name);
        bool WireFlag(string name) => wire?.NamedArguments.Any(a => a.Key == name && a.Value.Value is true) == true;

        var type = property.Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var kind = Classify(type);
        ValueKind itemKind = default;
        string? itemType = null;
        if (kind == ValueKind.List && type is INamedTypeSymbol list)
        {
            var item = list.TypeArguments[0];
            itemKind = Classify(item) ?? ValueKind.String;
            itemType = Display(item);
            if (Classify(item) is null or ValueKind.List)
            {
                kind = null;
            }
        }

        if (kind is null)
        {
            problems.Add(new Problem(
                "LFG001",
                $"The property {property.ContainingType.Name}.{property.Name} is of type {property.Type.ToDisplayString()}, which the wire cannot hold. Use string, int?, bool?, DateTimeOffset?, an enum, a typed value, a [FlexNode] record or a ValueList of those.",
                property.Locations[0]));
            return null;
        }

        return new PropertyInfo(
            property.Name,
            wireName,
            kind.Value,
            Display(type),
            itemKind,
            itemType,
            type.IsReferenceType,
            WireFlag("Required"),
            WireFlag("AlphaAllowed"),
            setter is not null,
            setter?.ConstructorArguments.FirstOrDefault().Value as string,
            Summary(property),
            RareStorageOf(property, problems, included),
            included ? property.Type.ToDisplayString(FullyQualified) : null);
    }

    /// <summary>
    /// A <c>partial</c> property is rarely set: the generator keeps it in a record of rare properties, the node's own
    /// (<c>FlexBoxRare</c>) or the one <c>[Shared]</c> names.
    /// </summary>
    private static RareStorage? RareStorageOf(IPropertySymbol property, List<Problem> problems, bool included)
    {
        var shared = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SharedAttribute);
        if (included)
        {
            // A property an interface gives its nodes is stored as that interface says: in the shared record it names, or a field.
            return shared?.ConstructorArguments.FirstOrDefault().Value is string sharedGroup
                ? new RareStorage(sharedGroup, "_" + Words.Camel(sharedGroup), property.Type.ToDisplayString(FullyQualified))
                : null;
        }

        if (!property.IsPartialDefinition)
        {
            if (shared is not null)
            {
                problems.Add(new Problem(
                    "LFG003",
                    $"{property.ContainingType.Name}.{property.Name} is [Shared] but not partial. Declare it 'public partial {property.Type.ToDisplayString()} {property.Name} {{ get; init; }}' and the generator writes its storage.",
                    property.Locations[0]));
            }

            return null;
        }

        var group = shared?.ConstructorArguments.FirstOrDefault().Value as string ?? property.ContainingType.Name + "Rare";
        return new RareStorage(group, "_" + Words.Camel(group), property.Type.ToDisplayString(FullyQualified));
    }


    private static ValueKind? Classify(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueKind.String;
            case SpecialType.System_Int32:
                return ValueKind.Integer;
            case SpecialType.System_Boolean:
                return ValueKind.Boolean;
        }

        if (type.ToDisplayString() == "System.DateTimeOffset")
        {
            return ValueKind.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ValueKind.Enum;
        }

        if (type.TypeKind == TypeKind.Struct && type.AllInterfaces.Any(i => i.Name == "IFlexValue"))
        {
            return ValueKind.Value;
        }

        if (type is INamedTypeSymbol { Name: "ValueList", TypeArguments.Length: 1 })
        {
            return ValueKind.List;
        }

        return HasAttribute(type, NodeAttribute) ? ValueKind.Node : null;
    }

    private static string? FindTypeProperty(INamedTypeSymbol? baseType, INamedTypeSymbol enumType)
    {
        for (var type = baseType; type is not null; type = type.BaseType)
        {
            var property = type.GetMembers().OfType<IPropertySymbol>()
                .FirstOrDefault(p => p.IsAbstract && SymbolEqualityComparer.Default.Equals(p.Type, enumType));
            if (property is not null)
            {
                return property.Name;
            }
        }

        return null;
    }

    private static bool HasAttribute(ITypeSymbol type, string attribute) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attribute);

    private static string Display(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    /// <summary>The inner XML of the symbol's <c>&lt;summary&gt;</c>, on one line.</summary>
    private static string Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return string.Empty;
        }

        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return string.Empty;
            }

            var inner = string.Concat(summary.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.Join(" ", inner.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            return string.Empty;
        }
    }

    /// <summary>The nodes' declarations in a stable order, so the generated files do not depend on the order files are read.</summary>
    public static ImmutableArray<NodeInfo> Sorted(ImmutableArray<NodeInfo> nodes) =>
        nodes.OrderBy(n => n.Name, StringComparer.Ordinal).ToImmutableArray();
}
