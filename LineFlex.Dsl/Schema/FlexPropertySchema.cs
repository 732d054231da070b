namespace LineFlex;

/// <summary>One property of a node of the model, as the source generator read it from the model's declaration.</summary>
/// <remarks>See docs/architecture.md.</remarks>
public sealed class FlexPropertySchema
{
    internal FlexPropertySchema(
        string name,
        string wireName,
        Type type,
        FlexValueKind kind,
        string summary,
        Type? itemType = null,
        bool required = false,
        string? builderMethod = null,
        IReadOnlyList<string>? keywords = null,
        bool pixels = false,
        bool percent = false,
        string? format = null)
    {
        Name = name;
        WireName = wireName;
        Type = type;
        Kind = kind;
        Summary = summary;
        ItemType = itemType;
        IsRequired = required;
        BuilderMethod = builderMethod;
        Keywords = keywords ?? [];
        AllowsPixels = pixels;
        AllowsPercent = percent;
        Format = format;
    }

    /// <summary>The C# property name (<c>BackgroundColor</c>).</summary>
    public string Name { get; }

    /// <summary>The name in the wire JSON (<c>backgroundColor</c>).</summary>
    public string WireName { get; }

    /// <summary>The property's type without <see cref="Nullable{T}"/>: <c>FlexColor</c>, <c>int</c>, <c>ValueList&lt;FlexComponent&gt;</c>.</summary>
    public Type Type { get; }

    /// <summary>What the property holds on the wire.</summary>
    public FlexValueKind Kind { get; }

    /// <summary>The property's documentation, as plain text.</summary>
    public string Summary { get; }

    /// <summary>The type of a list's items; null when the property is not a list.</summary>
    public Type? ItemType { get; }

    /// <summary>Whether Infobip or LINE requires the property; the validator reports it missing.</summary>
    public bool IsRequired { get; }

    /// <summary>
    /// The method of the node's builder (<see cref="FlexNodeSchema.Builder"/>) that sets the property, generated,
    /// shared (<see cref="FlexModifiers"/>) or hand-written; null when it is set another way (an argument, a child).
    /// </summary>
    public string? BuilderMethod { get; }

    /// <summary>The words the property takes: an enum's wire words, or a typed value's keywords; empty when there are none.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>Whether a typed value takes pixels (<c>12px</c>).</summary>
    public bool AllowsPixels { get; }

    /// <summary>Whether a typed value takes percentages (<c>80%</c>).</summary>
    public bool AllowsPercent { get; }

    /// <summary>What a well-formed typed value looks like, in words; null for other kinds.</summary>
    public string? Format { get; }

    /// <summary>The wire name.</summary>
    public override string ToString() => WireName;
}
