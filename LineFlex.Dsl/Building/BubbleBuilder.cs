namespace LineFlex;

/// <summary>
/// Builds a <see cref="FlexBubble"/>: <c>Flex.Bubble().Header(h => h.Text("Receipt")).Body(b => ...)</c>.
/// Each block (header, body, footer) is a slot: filling one twice throws.
/// </summary>
/// <remarks>See docs/building-messages.md.</remarks>
public sealed partial class BubbleBuilder : IFlexBuilder, IHasAction
{
    // The state is one field per property of FlexBubble, generated with the plain setters (BubbleBuilder.g.cs).
    internal BubbleBuilder()
    {
    }

    /// <summary>Fills the header: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The header was already set.</exception>
    public BubbleBuilder Header(Action<BoxBuilder> contents) => Block(ref _header, BoxBuilder.Build(BoxLayout.Vertical, contents), nameof(Header));

    /// <summary>Fills the header with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Header(BoxLayout layout, Action<BoxBuilder> contents) => Block(ref _header, BoxBuilder.Build(layout, contents), nameof(Header));

    /// <summary>Fills the header with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Header(FlexBox header) => Block(ref _header, Fits(header, nameof(header)), nameof(Header));

    /// <summary>Fills the body: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The body was already set.</exception>
    public BubbleBuilder Body(Action<BoxBuilder> contents) => Block(ref _body, BoxBuilder.Build(BoxLayout.Vertical, contents), nameof(Body));

    /// <summary>Fills the body with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Body(BoxLayout layout, Action<BoxBuilder> contents) => Block(ref _body, BoxBuilder.Build(layout, contents), nameof(Body));

    /// <summary>Fills the body with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Body(FlexBox body) => Block(ref _body, Fits(body, nameof(body)), nameof(Body));

    /// <summary>Fills the footer: a VERTICAL box unless <c>Layout(...)</c> says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The footer was already set.</exception>
    public BubbleBuilder Footer(Action<BoxBuilder> contents) => Block(ref _footer, BoxBuilder.Build(BoxLayout.Vertical, contents), nameof(Footer));

    /// <summary>Fills the footer with a box laid out by <paramref name="layout"/>.</summary>
    public BubbleBuilder Footer(BoxLayout layout, Action<BoxBuilder> contents) => Block(ref _footer, BoxBuilder.Build(layout, contents), nameof(Footer));

    /// <summary>Fills the footer with an already built box.</summary>
    /// <exception cref="ArgumentException">Its boxes nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BubbleBuilder Footer(FlexBox footer) => Block(ref _footer, Fits(footer, nameof(footer)), nameof(Footer));

    /// <summary>
    /// Fills the header with LINE Official Notification's fixed header, <see cref="LonBlocks.Header"/>, on its green
    /// background (<c>style.header.backgroundColor</c>). Put the notice's title first in the body.
    /// </summary>
    /// <exception cref="InvalidOperationException">The header was already set, or a style layer gave the header another background.</exception>
    /// <remarks>See docs/templates.md, section "LINE's header and footer".</remarks>
    public BubbleBuilder LineHeader() => Header(LonBlocks.Header).Style(s => s.Header(backgroundColor: LonBlocks.HeaderBackground));

    /// <summary>
    /// Fills the footer with LINE Official Notification's fixed footer, <see cref="LonBlocks.Footer"/>, on its grey
    /// background (<c>style.footer.backgroundColor</c>). Put buttons at the bottom of the body.
    /// </summary>
    /// <exception cref="InvalidOperationException">The footer was already set, or a style layer gave the footer another background.</exception>
    /// <remarks>See docs/templates.md, section "LINE's header and footer".</remarks>
    public BubbleBuilder LineFooter() => Footer(LonBlocks.Footer).Style(s => s.Footer(backgroundColor: LonBlocks.FooterBackground));

    /// <summary>
    /// Sets <c>style</c>: each block's background and separator. Styles layer: a second call adds to what the
    /// first set (<c>.Style(Brand.Style).Style(s =&gt; s.Body(backgroundColor: "#FFF8E1"))</c>), and only giving one
    /// property two different values throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">A property this layer sets already holds a different value.</exception>
    /// <remarks>See docs/templates.md, section "Layered styles".</remarks>
    public BubbleBuilder Style(Action<BubbleStyleBuilder> styles)
    {
        ArgumentNullException.ThrowIfNull(styles);
        _style = new BubbleStyleBuilder(_style).Configured(styles).Build();
        return this;
    }

    /// <summary>Fills a block, a slot: a second box for the same block is a mistake worth saying so.</summary>
    private BubbleBuilder Block(ref FlexBox? slot, FlexBox box, string block)
    {
        // The parameter name and the message are spelled only when they are needed: a block is set in every bubble.
        if (box is null)
        {
            throw new ArgumentNullException(block.ToLowerInvariant());
        }

        if (slot is not null)
        {
            throw SlotGuard.Taken("Bubble." + block, $"Call {block}(...) once; compose several boxes inside it.");
        }

        slot = box;
        return this;
    }

    /// <summary>A block given already built must leave room for the boxes it holds; one built here is checked as it grows.</summary>
    private static FlexBox Fits(FlexBox box, string parameter)
    {
        ArgumentNullException.ThrowIfNull(box, parameter);
        NestingGuard.EnsureFits(box, 0, parameter);
        return box;
    }

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_action, "Bubble");
        _action = action;
    }

    /// <summary>The bubble built so far; later calls on this builder do not change it.</summary>
    public FlexBubble Build() => BuildFlexBubble();

    /// <summary>The bubble built so far; see <see cref="Build"/>.</summary>
    public static implicit operator FlexBubble(BubbleBuilder builder) =>
        (builder ?? throw new ArgumentNullException(nameof(builder))).Build();
}
