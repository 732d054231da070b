namespace LineFlex;

/// <summary>
/// The grammar of a typed value: its lowercase keywords and whether it takes pixels and percentages. The generator
/// writes the value's members from it: a static property per keyword, <c>Px</c>, <c>Percent</c>, <c>Parse</c>,
/// <c>TryParse</c>, <c>Raw</c> and the implicit conversion from a literal.
/// </summary>
/// <remarks>See docs/architecture.md.</remarks>
/// <param name="description">What the value is, for messages (<c>"a spacing"</c>).</param>
/// <param name="keywords">The keywords, separated by spaces, as LINE writes them (<c>"none xs sm"</c>).</param>
[AttributeUsage(AttributeTargets.Struct)]
internal sealed class GrammarAttribute(string description, string keywords) : Attribute
{
    /// <summary>What the value is, for messages.</summary>
    public string Description { get; } = description;

    /// <summary>The keywords, separated by spaces.</summary>
    public string Keywords { get; } = keywords;

    /// <summary>Whether the value takes pixels (<c>12px</c>).</summary>
    public bool Pixels { get; set; }

    /// <summary>Whether the value takes percentages (<c>80%</c>).</summary>
    public bool Percent { get; set; }

    /// <summary>Whether pixels and percentages may be negative (<c>-2px</c>): offsets only, never a padding or spacing.</summary>
    public bool Signed { get; set; }
}
