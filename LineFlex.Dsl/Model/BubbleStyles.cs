namespace LineFlex;

/// <summary>A bubble's <c>style</c>: the style of each block.</summary>
[FlexNode(Builder = typeof(BubbleStyleBuilder), Noun = "a bubble's style")]
public sealed partial record BubbleStyles
{
    /// <summary><c>header</c>: the header block's style.</summary>
    public BlockStyle? Header { get; init; }

    /// <summary><c>body</c>: the body block's style.</summary>
    public BlockStyle? Body { get; init; }

    /// <summary><c>footer</c>: the footer block's style.</summary>
    public BlockStyle? Footer { get; init; }
}
