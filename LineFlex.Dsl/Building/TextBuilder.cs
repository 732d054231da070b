namespace LineFlex;

/// <summary>Builds a <see cref="FlexText"/>: its text or SPANs, font, alignment and placement.</summary>
/// <remarks>You meet one as a lambda parameter: <c>body.Text("Total", t => t.Bold().Align(FlexAlign.End))</c>. See docs/building-messages.md.</remarks>
public sealed class TextBuilder : IHasFlex, IHasMargin, IHasPosition, IHasAction, IHasAlign, IHasGravity, IHasColor, IHasFont
{
    // Fields, not a record copied on every call: a builder lives for one lambda and builds its record once.
    private readonly string? _text;
    private List<FlexSpan>? _spans;
    private int? _flex;
    private FlexSpacing? _margin;
    private FlexSize? _size;
    private FlexAlign? _align;
    private FlexGravity? _gravity;
    private bool? _wrap;
    private int? _maxLines;
    private FlexColor? _color;
    private FontWeight? _weight;
    private FlexPosition? _position;
    private FlexInset? _offsetTop;
    private FlexInset? _offsetBottom;
    private FlexInset? _offsetStart;
    private FlexInset? _offsetEnd;
    private FlexAction? _action;

    internal TextBuilder(string? text) => _text = text;

    /// <summary>Adds a SPAN to <c>contents</c>: a run with its own colour, size, weight or decoration.</summary>
    public TextBuilder Span(string text, Action<SpanBuilder>? configure = null)
    {
        (_spans ??= []).Add(SpanBuilder.Build(text, configure));
        return this;
    }

    /// <summary>Adds an already built SPAN to <c>contents</c>.</summary>
    public TextBuilder Add(FlexSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        (_spans ??= []).Add(span);
        return this;
    }

    /// <summary>Sets <c>wrap</c>: long text wraps instead of ending in an ellipsis.</summary>
    public TextBuilder Wrap(bool wrap = true)
    {
        _wrap = wrap;
        return this;
    }

    /// <summary>Sets <c>maxLines</c> (0 = no limit).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLines"/> is negative.</exception>
    public TextBuilder MaxLines(int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLines);
        _maxLines = maxLines;
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
        SlotGuard.EnsureNoAction(_action, "TEXT");
        _action = action;
    }

    void IHasAlign.SetAlign(FlexAlign align) => _align = align;

    void IHasGravity.SetGravity(FlexGravity gravity) => _gravity = gravity;

    void IHasColor.SetColor(FlexColor color) => _color = color;

    void IHasFont.SetSize(FlexSize size) => _size = size;

    void IHasFont.SetWeight(FontWeight weight) => _weight = weight;

    internal static FlexText Build(string? text, Action<TextBuilder>? configure)
    {
        var builder = new TextBuilder(text);
        configure?.Invoke(builder);
        return builder.Build();
    }

    private FlexText Build() => new()
    {
        Text = _text,
        Contents = _spans is null ? null : ValueList.From(_spans),
        Flex = _flex,
        Margin = _margin,
        Size = _size,
        Align = _align,
        Gravity = _gravity,
        Wrap = _wrap,
        MaxLines = _maxLines,
        Color = _color,
        Weight = _weight,
        Position = _position,
        OffsetTop = _offsetTop,
        OffsetBottom = _offsetBottom,
        OffsetStart = _offsetStart,
        OffsetEnd = _offsetEnd,
        Action = _action,
    };
}
