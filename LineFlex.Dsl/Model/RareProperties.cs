namespace LineFlex;

// Properties most components leave unset live in a record of their own, shared by every component that leaves them
// all unset: a component then holds one reference to them instead of a field for each. A record of components is
// smaller, so building and reading a bubble allocate less, and equality, `with` and the public properties are as
// before (a component's properties read through to these; setting one copies the record it lives in).

/// <summary>A component's placement: <c>position</c> and its four offsets.</summary>
internal sealed record Placement
{
    /// <summary>The placement of a component that sets none of it.</summary>
    public static Placement None { get; } = new();

    public FlexPosition? Position { get; init; }

    public FlexOffset? OffsetTop { get; init; }

    public FlexOffset? OffsetBottom { get; init; }

    public FlexOffset? OffsetStart { get; init; }

    public FlexOffset? OffsetEnd { get; init; }
}

/// <summary>A box's frame: its border, corner, fixed size and per-side padding.</summary>
internal sealed record BoxFrame
{
    /// <summary>The frame of a box that sets none of it.</summary>
    public static BoxFrame None { get; } = new();

    public FlexColor? BorderColor { get; init; }

    public FlexBorderWidth? BorderWidth { get; init; }

    public FlexSpacing? CornerRadius { get; init; }

    public FlexLength? Width { get; init; }

    public FlexLength? Height { get; init; }

    public FlexInset? PaddingTop { get; init; }

    public FlexInset? PaddingBottom { get; init; }

    public FlexInset? PaddingStart { get; init; }

    public FlexInset? PaddingEnd { get; init; }
}
