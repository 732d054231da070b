namespace LineFlex;

/// <summary>A <c>TEXT</c>: a run of text, or a sequence of styled SPANs in <see cref="Contents"/>.</summary>
/// <remarks>Add one with <c>Text(...)</c> on a box. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Text, Builder = typeof(TextBuilder))]
[PropertiesOf(typeof(IHasPosition.Node), After = nameof(Weight))]
public sealed partial record FlexText : FlexComponent, IHasPosition.Node, IHasFlex.Node, IHasGravity.Node
{
    /// <summary><c>text</c>: the text; ignored by LINE when <see cref="Contents"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary><c>contents</c>: SPANs that make up the text.</summary>
    public partial ValueList<FlexSpan>? Contents { get; init; }

    /// <summary><c>flex</c> (0..20): the share of the parent's main axis. Unset and 0 differ: unset is the default, 0 sizes to content.</summary>
    public int? Flex { get; init; }

    /// <summary><c>margin</c>: the space before this component in its parent.</summary>
    public FlexSpacing? Margin { get; init; }

    /// <summary><c>size</c>.</summary>
    public FlexSize? Size { get; init; }

    /// <summary><c>align</c>.</summary>
    public FlexAlign? Align { get; init; }

    /// <summary><c>gravity</c>.</summary>
    public partial FlexGravity? Gravity { get; init; }

    /// <summary><c>wrap</c>: wraps long text instead of cutting it with an ellipsis.</summary>
    public bool? Wrap { get; init; }

    /// <summary><c>maxLines</c> (0 or more; 0 is no limit): cuts after this many lines.</summary>
    public partial int? MaxLines { get; init; }

    /// <summary><c>color</c>.</summary>
    public FlexColor? Color { get; init; }

    /// <summary><c>weight</c>.</summary>
    public FontWeight? Weight { get; init; }

    /// <summary><c>action</c>: what a tap does.</summary>
    public partial FlexAction? Action { get; init; }
}
