namespace LineFlex;

/// <summary>A <c>BUTTON</c>: a tappable button that runs its action.</summary>
/// <remarks>Add one with <c>Button(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Button, Builder = typeof(ButtonBuilder))]
[PropertiesOf(typeof(IHasPosition.Node), After = nameof(Margin))]
public sealed partial record FlexButton : FlexComponent, IHasPosition.Node, IHasFlex.Node, IHasGravity.Node
{
    /// <summary><c>action</c> (required): what a tap does; the label is the button's text.</summary>
    [Wire(Required = true)] public FlexAction? Action { get; init; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>height</c>.</summary>
    [Setter] public ButtonHeight? Height { get; init; }

    /// <summary><c>style</c>: primary, secondary or link (LINE's default).</summary>
    [Setter] public ButtonStyle? Style { get; init; }

    /// <summary><c>color</c>: the fill for primary and secondary, the text colour for link.</summary>
    public FlexColor? Color { get; init; }

    /// <summary><c>gravity</c>.</summary>
    public FlexGravity? Gravity { get; init; }
}
