namespace LineFlex;

/// <summary>A <c>SEPARATOR</c>: a line between components.</summary>
/// <remarks>Add one with <c>Separator(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Separator, Builder = typeof(SeparatorBuilder))]
public sealed partial record FlexSeparator : FlexComponent
{
    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>color</c>.</summary>
    public FlexColor? Color { get; init; }
}
