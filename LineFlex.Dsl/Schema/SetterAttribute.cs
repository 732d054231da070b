namespace LineFlex;

/// <summary>
/// Gives the builder of the property's node a public setter named after the property:
/// <c>BackgroundColor(FlexColor color)</c> sets the field the builder builds the node from.
/// </summary>
/// <remarks>See docs/architecture.md.</remarks>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SetterAttribute : Attribute
{
    /// <summary>The setter's parameter is the property's name in camel case.</summary>
    public SetterAttribute()
    {
    }

    /// <summary>The setter's parameter has its own name (<c>color</c> for <c>BackgroundColor</c>).</summary>
    public SetterAttribute(string parameter) => Parameter = parameter;

    /// <summary>The setter's parameter name, when it is not the property's name in camel case.</summary>
    public string? Parameter { get; }
}
