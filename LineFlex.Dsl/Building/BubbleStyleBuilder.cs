namespace LineFlex;

/// <summary>Builds a bubble's <see cref="BubbleStyles"/>: <c>s => s.Header(backgroundColor: "#06C755")</c>.</summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed partial class BubbleStyleBuilder
{
    // The state is one field per block of BubbleStyles, generated (BubbleStyleBuilder.g.cs).
    internal BubbleStyleBuilder()
    {
    }

    /// <summary>Styles the header block.</summary>
    public BubbleStyleBuilder Header(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _header = Block(_header, nameof(Header), backgroundColor, separator, separatorColor);
        return this;
    }

    /// <summary>Styles the body block.</summary>
    public BubbleStyleBuilder Body(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _body = Block(_body, nameof(Body), backgroundColor, separator, separatorColor);
        return this;
    }

    /// <summary>Styles the footer block.</summary>
    public BubbleStyleBuilder Footer(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _footer = Block(_footer, nameof(Footer), backgroundColor, separator, separatorColor);
        return this;
    }

    internal BubbleStyles Build() => BuildBubbleStyles();

    private static BlockStyle Block(BlockStyle? current, string block, FlexColor? background, bool? separator, FlexColor? separatorColor)
    {
        SlotGuard.EnsureEmpty(current, $"Style.{block}", $"Style the {block.ToLowerInvariant()} block once, with every property in one call.");
        return new BlockStyle { BackgroundColor = background, Separator = separator, SeparatorColor = separatorColor };
    }
}
