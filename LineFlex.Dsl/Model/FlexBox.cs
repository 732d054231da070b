using System.Runtime.CompilerServices;

namespace LineFlex;

/// <summary>A <c>BOX</c>: lays out its children horizontally, vertically or on a baseline.</summary>
/// <remarks>Build one inside a block or box with <c>Box(...)</c>, or alone with <see cref="LineFlex.Flex.Box"/>. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Box, Builder = typeof(BoxBuilder))]
public sealed partial record FlexBox : FlexComponent, IHasPosition.Node, IHasFlex.Node
{
    private BoxFrame _frame = BoxFrame.None;

    private Placement _placement = Placement.None;

    /// <summary><c>layout</c> (required): how the children are placed.</summary>
    [Wire(Required = true), Setter] public BoxLayout? Layout { get; init; }

    /// <summary><c>contents</c>: the children; may be empty.</summary>
    public ValueList<FlexComponent>? Contents { get; init; }

    /// <summary><c>backgroundColor</c> (<c>#RRGGBBAA</c> allowed).</summary>
    [Wire(AlphaAllowed = true), Setter("color")] public FlexColor? BackgroundColor { get; init; }

    /// <summary><c>borderColor</c>.</summary>
    [Setter("color")] public FlexColor? BorderColor { get => _frame.BorderColor; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.BorderColor is null ? _frame : _frame with { BorderColor = value }; }

    /// <summary><c>borderWidth</c> (<c>"light"</c>, <c>"2px"</c>).</summary>
    [Setter("width")] public FlexBorderWidth? BorderWidth { get => _frame.BorderWidth; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.BorderWidth is null ? _frame : _frame with { BorderWidth = value }; }

    /// <summary><c>cornerRadius</c>.</summary>
    [Setter("radius")] public FlexSpacing? CornerRadius { get => _frame.CornerRadius; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.CornerRadius is null ? _frame : _frame with { CornerRadius = value }; }

    /// <summary><c>width</c> (<c>"120px"</c>, <c>"50%"</c>).</summary>
    [Setter] public FlexLength? Width { get => _frame.Width; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.Width is null ? _frame : _frame with { Width = value }; }

    /// <summary><c>height</c> (<c>"120px"</c>, <c>"50%"</c>).</summary>
    [Setter] public FlexLength? Height { get => _frame.Height; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.Height is null ? _frame : _frame with { Height = value }; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>spacing</c>: the space between the children.</summary>
    [Setter] public FlexSpacing? Spacing { get; init; }

    /// <summary><c>paddingAll</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingAll { get; init; }

    /// <summary><c>paddingTop</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingTop { get => _frame.PaddingTop; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.PaddingTop is null ? _frame : _frame with { PaddingTop = value }; }

    /// <summary><c>paddingBottom</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingBottom { get => _frame.PaddingBottom; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.PaddingBottom is null ? _frame : _frame with { PaddingBottom = value }; }

    /// <summary><c>paddingStart</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingStart { get => _frame.PaddingStart; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.PaddingStart is null ? _frame : _frame with { PaddingStart = value }; }

    /// <summary><c>paddingEnd</c>.</summary>
    [Setter("padding")] public FlexInset? PaddingEnd { get => _frame.PaddingEnd; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _frame = value is null && _frame.PaddingEnd is null ? _frame : _frame with { PaddingEnd = value }; }

    /// <summary><c>offsetTop</c>.</summary>
    public FlexOffset? OffsetTop { get => _placement.OffsetTop; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetTop is null ? _placement : _placement with { OffsetTop = value }; }

    /// <summary><c>offsetBottom</c>.</summary>
    public FlexOffset? OffsetBottom { get => _placement.OffsetBottom; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetBottom is null ? _placement : _placement with { OffsetBottom = value }; }

    /// <summary><c>offsetStart</c>.</summary>
    public FlexOffset? OffsetStart { get => _placement.OffsetStart; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetStart is null ? _placement : _placement with { OffsetStart = value }; }

    /// <summary><c>offsetEnd</c>.</summary>
    public FlexOffset? OffsetEnd { get => _placement.OffsetEnd; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetEnd is null ? _placement : _placement with { OffsetEnd = value }; }

    /// <summary><c>position</c>: relative (the default) or absolute placement.</summary>
    public FlexPosition? Position { get => _placement.Position; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.Position is null ? _placement : _placement with { Position = value }; }

    /// <summary><c>action</c>: what a tap does.</summary>
    public FlexAction? Action { get; init; }
}
