namespace LineFlex;

/// <summary>
/// Gives the builder of the property's node a public setter named after the property:
/// <c>BackgroundColor(FlexColor color)</c> sets the field the builder builds the node from.
/// </summary>
/// <remarks>See docs/architecture.md.</remarks>
/// <param name="parameter">The setter's parameter name (<c>color</c>); the property's name in camel case when null.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SetterAttribute(string? parameter = null) : Attribute
{
    /// <summary>The setter's parameter name, when it is not the property's name in camel case.</summary>
    public string? Parameter { get; } = parameter;
}
