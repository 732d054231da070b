namespace LineFlex;

/// <summary>
/// Builds a <see cref="FlexBubble"/>: <c>Flex.Bubble().Header(h => h.Text("Receipt")).Body(b => ...)</c>.
/// Each block (header, body, footer) is a slot: filling one twice throws.
/// </summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed class BubbleBuilder : IHasAction
{
    private FlexBubble _bubble = new();

    internal BubbleBuilder()
    {
    }

    /// <summary>Sets <c>size</c>: the bubble's width.</summary>
    public BubbleBuilder Size(BubbleSize size)
    {
        _bubble = _bubble with { Size = size };
        return this;
    }

    /// <summary>Sets <c>direction</c>.</summary>
    public BubbleBuilder Direction(BubbleDirection direction)
    {
        _bubble = _bubble with { Direction = direction };
        return this;
    }

    /// <summary>Fills the header: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The header was already set.</exception>
    public BubbleBuilder Header(Action<BoxBuilder> contents) => SetHeader(BoxBuilder.Build(BoxLayout.Vertical, contents));

    /// <summary>Fills the header with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Header(BoxLayout layout, Action<BoxBuilder> contents) => SetHeader(BoxBuilder.Build(layout, contents));

    /// <summary>Fills the header with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Header(FlexBox header)
    {
        ArgumentNullException.ThrowIfNull(header);
        NestingGuard.EnsureFits(header, 0, nameof(header));
        return SetHeader(header);
    }

    private BubbleBuilder SetHeader(FlexBox header)
    {
        SlotGuard.EnsureEmpty(_bubble.Header, "Bubble.Header", "Call Header(...) once; compose several boxes inside it.");
        _bubble = _bubble with { Header = header };
        return this;
    }

    /// <summary>Fills the body: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The body was already set.</exception>
    public BubbleBuilder Body(Action<BoxBuilder> contents) => SetBody(BoxBuilder.Build(BoxLayout.Vertical, contents));

    /// <summary>Fills the body with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Body(BoxLayout layout, Action<BoxBuilder> contents) => SetBody(BoxBuilder.Build(layout, contents));

    /// <summary>Fills the body with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Body(FlexBox body)
    {
        ArgumentNullException.ThrowIfNull(body);
        NestingGuard.EnsureFits(body, 0, nameof(body));
        return SetBody(body);
    }

    private BubbleBuilder SetBody(FlexBox body)
    {
        SlotGuard.EnsureEmpty(_bubble.Body, "Bubble.Body", "Call Body(...) once; compose several boxes inside it.");
        _bubble = _bubble with { Body = body };
        return this;
    }

    /// <summary>Fills the footer: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The footer was already set.</exception>
    public BubbleBuilder Footer(Action<BoxBuilder> contents) => SetFooter(BoxBuilder.Build(BoxLayout.Vertical, contents));

    /// <summary>Fills the footer with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Footer(BoxLayout layout, Action<BoxBuilder> contents) => SetFooter(BoxBuilder.Build(layout, contents));

    /// <summary>Fills the footer with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Footer(FlexBox footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        NestingGuard.EnsureFits(footer, 0, nameof(footer));
        return SetFooter(footer);
    }

    private BubbleBuilder SetFooter(FlexBox footer)
    {
        SlotGuard.EnsureEmpty(_bubble.Footer, "Bubble.Footer", "Call Footer(...) once; compose several boxes inside it.");
        _bubble = _bubble with { Footer = footer };
        return this;
    }

    /// <summary>Sets <c>style</c>: each block's background and separator.</summary>
    /// <exception cref="InvalidOperationException">The style was already set.</exception>
    public BubbleBuilder Style(Action<BubbleStyleBuilder> styles)
    {
        ArgumentNullException.ThrowIfNull(styles);
        SlotGuard.EnsureEmpty(_bubble.Style, "Bubble.Style", "Call Style(...) once and set every block inside it.");
        var builder = new BubbleStyleBuilder();
        styles(builder);
        _bubble = _bubble with { Style = builder.Build() };
        return this;
    }

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_bubble.Action, "Bubble");
        _bubble = _bubble with { Action = action };
    }

    /// <summary>The bubble built so far; later calls on this builder do not change it.</summary>
    public FlexBubble Build() => _bubble;

    /// <summary>The bubble built so far; see <see cref="Build"/>.</summary>
    public static implicit operator FlexBubble(BubbleBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
