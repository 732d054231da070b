namespace LineFlex;

/// <summary>Builds a bubble's <see cref="BubbleStyles"/>: <c>s => s.Header(backgroundColor: "#06C755")</c>.</summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed class BubbleStyleBuilder
{
    private BubbleStyles _styles = new();

    internal BubbleStyleBuilder()
    {
    }

    /// <summary>Styles the header block.</summary>
    public BubbleStyleBuilder Header(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _styles = _styles with { Header = Block(_styles.Header, "header", backgroundColor, separator, separatorColor) };
        return this;
    }

    /// <summary>Styles the body block.</summary>
    public BubbleStyleBuilder Body(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _styles = _styles with { Body = Block(_styles.Body, "body", backgroundColor, separator, separatorColor) };
        return this;
    }

    /// <summary>Styles the footer block.</summary>
    public BubbleStyleBuilder Footer(FlexColor? backgroundColor = null, bool? separator = null, FlexColor? separatorColor = null)
    {
        _styles = _styles with { Footer = Block(_styles.Footer, "footer", backgroundColor, separator, separatorColor) };
        return this;
    }

    internal BubbleStyles Build() => _styles;

    private static BlockStyle Block(BlockStyle? current, string block, FlexColor? background, bool? separator, FlexColor? separatorColor)
    {
        SlotGuard.EnsureEmpty(current, $"Style.{block}", $"Style the {block} block once, with every property in one call.");
        return new BlockStyle { BackgroundColor = background, Separator = separator, SeparatorColor = separatorColor };
    }
}
