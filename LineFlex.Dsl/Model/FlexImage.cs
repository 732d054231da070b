namespace LineFlex;

/// <summary>An <c>IMAGE</c>: a JPEG or PNG from an HTTPS URL.</summary>
/// <remarks>Add one with <c>Image(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Image, Builder = typeof(ImageBuilder))]
[PropertiesOf(typeof(IHasPosition.Node), After = nameof(Margin))]
public sealed partial record FlexImage : FlexComponent, IHasPosition.Node, IHasFlex.Node, IHasGravity.Node
{
    /// <summary><c>url</c> (required): HTTPS, at most 2000 characters.</summary>
    [Wire(Required = true)] public string? Url { get; init; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

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
