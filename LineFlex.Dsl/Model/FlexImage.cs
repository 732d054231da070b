using System.Runtime.CompilerServices;

namespace LineFlex;

/// <summary>An <c>IMAGE</c>: a JPEG or PNG from an HTTPS URL.</summary>
/// <remarks>Add one with <c>Image(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Image, Builder = typeof(ImageBuilder))]
public sealed partial record FlexImage : FlexComponent, IHasPosition.Node, IHasFlex.Node, IHasGravity.Node
{
    private Placement _placement = Placement.None;

    /// <summary><c>url</c> (required): HTTPS, at most 2000 characters.</summary>
    [Wire(Required = true)] public string? Url { get; init; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

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

    /// <summary><c>align</c>.</summary>
    public FlexAlign? Align { get; init; }

    /// <summary><c>gravity</c>.</summary>
    public FlexGravity? Gravity { get; init; }

    /// <summary><c>size</c> (<c>"full"</c>, <c>"80%"</c>, <c>"120px"</c>).</summary>
    [Setter] public FlexImageSize? Size { get; init; }

    /// <summary><c>aspectRatio</c> (<c>"20:13"</c>).</summary>
    [Setter("ratio")] public FlexAspectRatio? AspectRatio { get; init; }

    /// <summary><c>aspectMode</c>.</summary>
    [Setter("mode")] public AspectMode? AspectMode { get; init; }

    /// <summary><c>backgroundColor</c>.</summary>
    [Setter("color")] public FlexColor? BackgroundColor { get; init; }

    /// <summary><c>action</c>: what a tap does.</summary>
    public FlexAction? Action { get; init; }
}
