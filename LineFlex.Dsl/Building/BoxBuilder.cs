namespace LineFlex;

/// <summary>
/// Builds a <see cref="FlexBox"/>: a block of the bubble or a box inside one. Children are added in
/// order with <see cref="Text(string, Action{TextBuilder}?)"/>, <see cref="Box(BoxLayout, Action{BoxBuilder})"/>,
/// <see cref="Image"/>, ...; each returns this builder so siblings chain.
/// </summary>
/// <remarks>You meet one as a lambda parameter: <c>Flex.Bubble().Body(body => body.Text("Hi").Separator())</c>. See docs/building-messages.md.</remarks>
public sealed class BoxBuilder : IHasFlex, IHasMargin, IHasPosition, IHasAction
{
    // Fields, not a record copied on every call: a builder lives for one lambda and builds its record once.
    private readonly List<FlexComponent> _contents = [];
    private BoxLayout _layout;
    private FlexColor? _backgroundColor;
    private FlexColor? _borderColor;
    private FlexBorderWidth? _borderWidth;
    private FlexSpacing? _cornerRadius;
    private FlexLength? _width;
    private FlexLength? _height;
    private int? _flex;
    private FlexSpacing? _margin;
    private FlexSpacing? _spacing;
    private FlexInset? _paddingAll;
    private FlexInset? _paddingTop;
    private FlexInset? _paddingBottom;
    private FlexInset? _paddingStart;
    private FlexInset? _paddingEnd;
    private FlexInset? _offsetTop;
    private FlexInset? _offsetBottom;
    private FlexInset? _offsetStart;
    private FlexInset? _offsetEnd;
    private FlexPosition? _position;
    private FlexAction? _action;

    /// <summary>How deep this box stands: 1 for a block or a box built on its own.</summary>
    private readonly int _level;

    internal BoxBuilder(BoxLayout layout, int level)
    {
        _layout = layout;
        _level = level;
    }

    /// <summary>Sets <c>layout</c>; a block starts VERTICAL.</summary>
    public BoxBuilder Layout(BoxLayout layout)
    {
        _layout = layout;
        return this;
    }

    /// <summary>Adds a child box laid out by <paramref name="layout"/>.</summary>
    /// <exception cref="InvalidOperationException">The child would nest deeper than <see cref="FlexLimits.MaxDepth"/>.</exception>
    public BoxBuilder Box(BoxLayout layout, Action<BoxBuilder> contents)
    {
        NestingGuard.EnsureRoomBelow(_level);
        _contents.Add(Build(layout, contents, _level + 1));
        return this;
    }

    /// <summary>Adds a child VERTICAL box.</summary>
    public BoxBuilder Box(Action<BoxBuilder> contents) => Box(BoxLayout.Vertical, contents);

    /// <summary>Adds a child HORIZONTAL box: its children stand side by side.</summary>
    public BoxBuilder Horizontal(Action<BoxBuilder> contents) => Box(BoxLayout.Horizontal, contents);

    /// <summary>Adds a child VERTICAL box: its children stand one under another.</summary>
    public BoxBuilder Vertical(Action<BoxBuilder> contents) => Box(BoxLayout.Vertical, contents);

    /// <summary>Adds a child BASELINE box: TEXTs and ICONs on one text baseline.</summary>
    public BoxBuilder Baseline(Action<BoxBuilder> contents) => Box(BoxLayout.Baseline, contents);

    /// <summary>Adds a TEXT showing <paramref name="text"/>.</summary>
    public BoxBuilder Text(string text, Action<TextBuilder>? configure = null)
    {
        _contents.Add(TextBuilder.Build(text ?? throw new ArgumentNullException(nameof(text)), configure));
        return this;
    }

    /// <summary>Adds a TEXT made of SPANs: <c>Text(t => t.Span("Hello ").Span("world", s => s.Bold()))</c>.</summary>
    public BoxBuilder Text(Action<TextBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _contents.Add(TextBuilder.Build(null, configure));
        return this;
    }

    /// <summary>Adds an IMAGE from an HTTPS <paramref name="url"/>.</summary>
    public BoxBuilder Image(string url, Action<ImageBuilder>? configure = null)
    {
        _contents.Add(ImageBuilder.Build(url, configure));
        return this;
    }

    /// <summary>Adds an ICON from an HTTPS <paramref name="url"/> (icons stand in BASELINE boxes).</summary>
    public BoxBuilder Icon(string url, Action<IconBuilder>? configure = null)
    {
        _contents.Add(IconBuilder.Build(url, configure));
        return this;
    }

    /// <summary>Adds a BUTTON that runs <paramref name="action"/>; its label is the button's text.</summary>
    public BoxBuilder Button(FlexAction action, Action<ButtonBuilder>? configure = null)
    {
        _contents.Add(ButtonBuilder.Build(action, configure));
        return this;
    }

    /// <summary>Adds a SEPARATOR line.</summary>
    public BoxBuilder Separator(Action<SeparatorBuilder>? configure = null)
    {
        _contents.Add(SeparatorBuilder.Build(configure));
        return this;
    }

    /// <summary>Adds an already built component: a shared fragment, or one made by a template method.</summary>
    /// <exception cref="ArgumentException">Its boxes would nest deeper than <see cref="FlexLimits.MaxDepth"/> here.</exception>
    public BoxBuilder Add(FlexComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        NestingGuard.EnsureFits(component, _level, nameof(component));
        _contents.Add(component);
        return this;
    }

    /// <summary>Adds already built components in order.</summary>
    public BoxBuilder Add(IEnumerable<FlexComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        foreach (var component in components)
        {
            Add(component ?? throw new ArgumentException("The components contain a null; remove it.", nameof(components)));
        }

        return this;
    }

    /// <summary>Runs a reusable fragment on this box: <c>body.Apply(PriceRow("Total", "$12"))</c>.</summary>
    public BoxBuilder Apply(Action<BoxBuilder> fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        fragment(this);
        return this;
    }

    /// <summary>Sets <c>backgroundColor</c> (<c>#RRGGBBAA</c> allowed here).</summary>
    public BoxBuilder BackgroundColor(FlexColor color)
    {
        _backgroundColor = color;
        return this;
    }

    /// <summary>Sets <c>borderColor</c>.</summary>
    public BoxBuilder BorderColor(FlexColor color)
    {
        _borderColor = color;
        return this;
    }

    /// <summary>Sets <c>borderWidth</c> (<c>"light"</c>, <c>"2px"</c>).</summary>
    public BoxBuilder BorderWidth(FlexBorderWidth width)
    {
        _borderWidth = width;
        return this;
    }

    /// <summary>Sets <c>cornerRadius</c>.</summary>
    public BoxBuilder CornerRadius(FlexSpacing radius)
    {
        _cornerRadius = radius;
        return this;
    }

    /// <summary>Sets <c>width</c> (<c>"120px"</c>, <c>"50%"</c>).</summary>
    public BoxBuilder Width(FlexLength width)
    {
        _width = width;
        return this;
    }

    /// <summary>Sets <c>height</c>.</summary>
    public BoxBuilder Height(FlexLength height)
    {
        _height = height;
        return this;
    }

    /// <summary>Sets <c>spacing</c>: the space between the children.</summary>
    public BoxBuilder Spacing(FlexSpacing spacing)
    {
        _spacing = spacing;
        return this;
    }

    /// <summary>Sets <c>paddingAll</c>.</summary>
    public BoxBuilder PaddingAll(FlexInset padding)
    {
        _paddingAll = padding;
        return this;
    }

    /// <summary>Sets <c>paddingTop</c>.</summary>
    public BoxBuilder PaddingTop(FlexInset padding)
    {
        _paddingTop = padding;
        return this;
    }

    /// <summary>Sets <c>paddingBottom</c>.</summary>
    public BoxBuilder PaddingBottom(FlexInset padding)
    {
        _paddingBottom = padding;
        return this;
    }

    /// <summary>Sets <c>paddingStart</c>.</summary>
    public BoxBuilder PaddingStart(FlexInset padding)
    {
        _paddingStart = padding;
        return this;
    }

    /// <summary>Sets <c>paddingEnd</c>.</summary>
    public BoxBuilder PaddingEnd(FlexInset padding)
    {
        _paddingEnd = padding;
        return this;
    }

    void IHasFlex.SetFlex(int flex) => _flex = flex;

    void IHasMargin.SetMargin(FlexSpacing margin) => _margin = margin;

    void IHasPosition.SetPosition(FlexPosition position) => _position = position;

    void IHasPosition.SetOffsets(FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end)
    {
        _offsetTop = top ?? _offsetTop;
        _offsetBottom = bottom ?? _offsetBottom;
        _offsetStart = start ?? _offsetStart;
        _offsetEnd = end ?? _offsetEnd;
    }

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_action, "BOX");
        _action = action;
    }

    /// <summary>Builds a box standing <paramref name="level"/> deep: 1 for a block or a box built on its own.</summary>
    internal static FlexBox Build(BoxLayout layout, Action<BoxBuilder> contents, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var builder = new BoxBuilder(layout, level);
        contents(builder);
        return builder.Build();
    }

    internal FlexBox Build() => new()
    {
        Layout = _layout,
        Contents = ValueList.From(_contents),
        BackgroundColor = _backgroundColor,
        BorderColor = _borderColor,
        BorderWidth = _borderWidth,
        CornerRadius = _cornerRadius,
        Width = _width,
        Height = _height,
        Flex = _flex,
        Margin = _margin,
        Spacing = _spacing,
        PaddingAll = _paddingAll,
        PaddingTop = _paddingTop,
        PaddingBottom = _paddingBottom,
        PaddingStart = _paddingStart,
        PaddingEnd = _paddingEnd,
        OffsetTop = _offsetTop,
        OffsetBottom = _offsetBottom,
        OffsetStart = _offsetStart,
        OffsetEnd = _offsetEnd,
        Position = _position,
        Action = _action,
    };
}
