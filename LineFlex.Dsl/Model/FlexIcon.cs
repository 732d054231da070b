namespace LineFlex;

/// <summary>An <c>ICON</c>: a small image in a BASELINE box.</summary>
/// <remarks>Add one with <c>Icon(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Icon, Builder = typeof(IconBuilder))]
[PropertiesOf(typeof(IHasPosition.Node), After = nameof(Margin))]
public sealed partial record FlexIcon : FlexComponent, IHasPosition.Node
{
    /// <summary><c>url</c> (required): HTTPS, at most 2000 characters.</summary>
    [Wire(Required = true)] public string? Url { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>size</c> (<c>"sm"</c>, <c>"14px"</c>).</summary>
    [Setter] public FlexSize? Size { get; init; }

    /// <summary><c>aspectRatio</c> (<c>"2:1"</c>).</summary>
    [Setter("ratio")] public FlexAspectRatio? AspectRatio { get; init; }
}
