namespace LineFlex;

/// <summary>What the generator cannot tell from a model property's declaration alone.</summary>
/// <remarks>See docs/architecture.md.</remarks>
/// <param name="name">The wire name; the property's name in camel case when null.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireAttribute(string? name = null) : Attribute
{
    /// <summary>The wire name, when it is not the property's name in camel case.</summary>
    public string? Name { get; } = name;

    /// <summary>
    /// Infobip or LINE requires the property. A builder always builds a required list or object (empty if need be),
    /// so the validator names what is missing inside it; the validator's rule set reports a missing one.
    /// </summary>
    public bool Required { get; set; }

    /// <summary>A colour that may carry an alpha channel (<c>#RRGGBBAA</c>): LINE documents it for a box's <c>backgroundColor</c> only.</summary>
    public bool AlphaAllowed { get; set; }
}
