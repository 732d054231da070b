namespace LineFlex;

/// <summary>A <c>BOX</c>: lays out its children horizontally, vertically or on a baseline.</summary>
/// <remarks>Build one inside a block or box with <c>Box(...)</c>, or alone with <see cref="LineFlex.Flex.Box"/>. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Box, Builder = typeof(BoxBuilder))]
public sealed partial record FlexBox : FlexComponent, IHasPosition.Node, IHasFlex.Node
{
    /// <summary><c>layout</c> (required): how the children are placed.</summary>
    [Wire(Required = true), Setter] public BoxLayout? Layout { get; init; }

    /// <summary><c>contents</c>: the children; may be empty.</summary>
    public ValueList<FlexComponent>? Contents { get; init; }

    /// <summary><c>backgroundColor</c> (<c>#RRGGBBAA</c> allowed).</summary>
    [Wire(AlphaAllowed = true), Setter("color")] public FlexColor? BackgroundColor { get; init; }

    /// <summary><c>borderColor</c>.</summary>
    [Setter("color")] public partial FlexColor? BorderColor { get; init; }

    /// <summary><c>borderWidth</c> (<c>"light"</c>, <c>"2px"</c>).</summary>
    [Setter("width")] public partial FlexBorderWidth? BorderWidth { get; init; }

    /// <summary><c>cornerRadius</c>.</summary>
    [Setter("radius")] public partial FlexSpacing? CornerRadius { get; init; }

    /// <summary><c>width</c> (<c>"120px"</c>, <c>"50%"</c>).</summary>
    [Setter] public partial FlexLength? Width { get; init; }

    /// <summary><c>height</c> (<c>"120px"</c>, <c>"50%"</c>).</summary>
    [Setter] public partial FlexLength? Height { get; init; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>spacing</c>: the space between the children.</summary>
    [Setter] public FlexSpacing? Spacing { get; init; }

    /// <summary><c>paddingAll</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingAll { get; init; }

    /// <summary><c>paddingTop</c>.</summary>
    [Setter("padding")] public partial FlexInset? PaddingTop { get; init; }

    /// <summary><c>paddingBottom</c>.</summary>
    [Setter("padding")] public partial FlexInset? PaddingBottom { get; init; }

    /// <summary><c>paddingStart</c>.</summary>
    [Setter("padding")] public partial FlexInset? PaddingStart { get; init; }

    /// <summary><c>paddingEnd</c>.</summary>
    [Setter("padding")] public partial FlexInset? PaddingEnd { get; init; }

    /// <summary><c>offsetTop</c>.</summary>
    [Shared("Placement")] public partial FlexOffset? OffsetTop { get; init; }

    /// <summary><c>offsetBottom</c>.</summary>
    [Shared("Placement")] public partial FlexOffset? OffsetBottom { get; init; }

    /// <summary><c>offsetStart</c>.</summary>
    [Shared("Placement")] public partial FlexOffset? OffsetStart { get; init; }

    /// <summary><c>offsetEnd</c>.</summary>
    [Shared("Placement")] public partial FlexOffset? OffsetEnd { get; init; }

    /// <summary><c>position</c>: relative (the default) or absolute placement.</summary>
    [Shared("Placement")] public partial FlexPosition? Position { get; init; }

    /// <summary><c>action</c>: what a tap does.</summary>
    public partial FlexAction? Action { get; init; }
}
