namespace LineFlex;

/// <summary>The style of one block of a bubble (<c>style.header</c>, <c>style.body</c>, <c>style.footer</c>).</summary>
[FlexNode(Noun = "a block style")]
public sealed partial record BlockStyle
{
    /// <summary><c>backgroundColor</c>: the block's background.</summary>
    public FlexColor? BackgroundColor { get; init; }

    /// <summary><c>separator</c>: draws a separator above the block (never above the first block).</summary>
    public bool? Separator { get; init; }

    /// <summary><c>separatorColor</c>: the colour of that separator.</summary>
    public FlexColor? SeparatorColor { get; init; }
}
