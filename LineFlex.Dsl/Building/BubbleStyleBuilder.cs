namespace LineFlex;

/// <summary>Builds a bubble's <see cref="BubbleStyles"/>: <c>s => s.Header(backgroundColor: "#06C755")</c>.</summary>
/// <remarks>
/// Styles layer: each call adds the properties it is given to what earlier calls (and earlier
/// <c>Style(...)</c> layers of the bubble) set, so a brand style and a template's own additions combine. Giving
/// one property a different value than a layer below gave it throws, naming both values: a layer adds, it
/// never silently overrides. See docs/templates.md, section "Layered styles".
/// </remarks>
public sealed partial class BubbleStyleBuilder : IFlexBuilder
{
    // The state is one field per block of BubbleStyles, generated (BubbleStyleBuilder.g.cs).
    internal BubbleStyleBuilder(BubbleStyles? below = null)
    {
        _header = below?.Header;
        _body = below?.Body;
        _footer = below?.Footer;
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

    private static BlockStyle Block(BlockStyle? below, string block, FlexColor? background, bool? separator, FlexColor? separatorColor) => new()
    {
        BackgroundColor = Layer(block, nameof(BlockStyle.BackgroundColor), below?.BackgroundColor, background),
        Separator = Layer(block, nameof(BlockStyle.Separator), below?.Separator, separator),
        SeparatorColor = Layer(block, nameof(BlockStyle.SeparatorColor), below?.SeparatorColor, separatorColor),
    };

    /// <summary>A layer keeps what is below and adds what is new; a different value for the same property is a conflict worth saying so.</summary>
    private static TValue? Layer<TValue>(string block, string property, TValue? below, TValue? added)
        where TValue : struct
    {
        if (below is { } old && added is { } value && !EqualityComparer<TValue>.Default.Equals(old, value))
        {
            var wireName = FlexSchema.Of<BlockStyle>().Properties.First(p => p.Name == property).WireName;
            throw new InvalidOperationException(
                $"Style.{block}.{wireName} is already {Show(old)}, set by an earlier style layer, and this layer sets it to {Show(value)}. " +
                $"A style layer adds properties and never overrides one; leave {wireName} out of the brand layer, or out of this one.");
        }

        return added ?? below;
    }

    private static string Show<TValue>(TValue value)
        where TValue : struct =>
        value is bool flag ? (flag ? "true" : "false") : value.ToString() ?? string.Empty;
}
