using System.Runtime.CompilerServices;

namespace LineFlex;

/// <summary>An <c>ICON</c>: a small image in a BASELINE box.</summary>
/// <remarks>Add one with <c>Icon(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Icon, Builder = typeof(IconBuilder))]
public sealed partial record FlexIcon : FlexComponent, IHasPosition.Node
{
    private Placement _placement = Placement.None;

    /// <summary><c>url</c> (required): HTTPS, at most 2000 characters.</summary>
    [Wire(Required = true)] public string? Url { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>position</c>: relative (the default) or absolute placement.</summary>
    public FlexPosition? Position { get => _placement.Position; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.Position is null ? _placement : _placement with { Position = value }; }

    /// <summary><c>offsetTop</c>.</summary>
    public FlexOffset? OffsetTop { get => _placement.OffsetTop; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetTop is null ? _placement : _placement with { OffsetTop = value }; }

    /// <summary><c>offsetBottom</c>.</summary>
    public FlexOffset? OffsetBottom { get => _placement.OffsetBottom; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetBottom is null ? _placement : _placement with { OffsetBottom = value }; }

    /// <summary><c>offsetStart</c>.</summary>
    public FlexOffset? OffsetStart { get => _placement.OffsetStart; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetStart is null ? _placement : _placement with { OffsetStart = value }; }

    /// <summary><c>offsetEnd</c>.</summary>
    public FlexOffset? OffsetEnd { get => _placement.OffsetEnd; [MethodImpl(MethodImplOptions.AggressiveInlining)] init => _placement = value is null && _placement.OffsetEnd is null ? _placement : _placement with { OffsetEnd = value }; }

    /// <summary><c>size</c> (<c>"sm"</c>, <c>"14px"</c>).</summary>
    [Setter] public FlexSize? Size { get; init; }

    /// <summary><c>aspectRatio</c> (<c>"2:1"</c>).</summary>
    [Setter("ratio")] public FlexAspectRatio? AspectRatio { get; init; }
}
