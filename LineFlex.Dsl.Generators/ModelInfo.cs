namespace LineFlex.Generators;

/// <summary>What a property's value is on the wire; decides how it is written, checked and described.</summary>
internal enum ValueKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON integer.</summary>
    Integer,

    /// <summary>A JSON boolean.</summary>
    Boolean,

    /// <summary>A date-time, written as Infobip's <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c>.</summary>
    DateTime,

    /// <summary>An enum, written as its UPPER_CASE wire word.</summary>
    Enum,

    /// <summary>A typed value (<c>FlexSpacing</c>, <c>FlexColor</c>, ...), written as its <c>Value</c>.</summary>
    Value,

    /// <summary>A nested object: a record of the model.</summary>
    Node,

    /// <summary>A JSON array: a <c>ValueList</c> of strings, enums or nodes.</summary>
    List,
}

/// <summary>
/// One property of a node, in the order it is declared (and written). <paramref name="IncludedType"/> is the C# type,
/// fully qualified, of a property an interface gives the node (<c>[PropertiesOf]</c>), which the generator declares;
/// null for a property the node declares itself.
/// </summary>
internal sealed record PropertyInfo(
    string Name,
    string WireName,
    ValueKind Kind,
    string Type,
    ValueKind ItemKind,
    string? ItemType,
    bool IsReferenceType,
    bool Required,
    bool AlphaAllowed,
    bool HasSetter,
    string? SetterParameter,
    string Summary,
    RareStorage? Rare,
    string? IncludedType) : IEquatable<PropertyInfo>
{
    /// <summary>The C# name in camel case, for fields, parameters and locals.</summary>
    public string CamelName => Words.Camel(Name);
}

/// <summary>
/// Where a rarely set property (declared <c>partial</c>) is kept: a property of the record <paramref name="Group"/>,
/// held in the node's field <paramref name="Field"/>. <paramref name="DeclaredType"/> is its C# type, fully qualified.
/// </summary>
internal sealed record RareStorage(string Group, string Field, string DeclaredType);

/// <summary>A capability member of a builder's interfaces (<c>IHasMargin.SetMargin</c>) that sets one property.</summary>
internal sealed record CapabilitySetter(string Interface, string Method, string ParameterType, bool ImplementedByHand);

/// <summary>One record of the model marked <c>[FlexNode]</c>.</summary>
internal sealed record NodeInfo(
    string Name,
    string Namespace,
    bool IsAbstract,
    string? BaseName,
    string? WireType,
    string? WireTypeEnum,
    string? WireTypeMember,
    string? WireTypeProperty,
    string? Builder,
    string Noun,
    EquatableArray<string> BuilderMethods,
    EquatableArray<CapabilitySetter> Capabilities,
    EquatableArray<PropertyInfo> Properties,
    string Summary,
    string FilePath);

/// <summary>One typed value marked <c>[Grammar]</c>: its keywords and units.</summary>
internal sealed record GrammarInfo(
    string Name,
    string Namespace,
    string Description,
    EquatableArray<string> Keywords,
    bool Pixels,
    bool Percent,
    bool Signed);

/// <summary>A problem with a declaration, reported as a compiler error at the declaration.</summary>
internal sealed record Problem(string Id, string Message, Microsoft.CodeAnalysis.Location Location);
