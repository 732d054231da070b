namespace LineFlex;

/// <summary>Builds a <see cref="FlexText"/>: its text or SPANs, font, alignment and placement.</summary>
/// <remarks>You meet one as a lambda parameter: <c>body.Text("Total", t => t.Bold().Align(FlexAlign.End))</c>. See docs/building-messages.md.</remarks>
public sealed class TextBuilder : IHasFlex, IHasMargin, IHasPosition, IHasAction, IHasAlign, IHasGravity, IHasColor, IHasFont
{
    private List<FlexSpan>? _spans;
    private FlexText _text;

    internal TextBuilder(string? text) => _text = new FlexText { Text = text };

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
        _text = _text with { Wrap = wrap };
        return this;
    }

    /// <summary>Sets <c>maxLines</c> (0 = no limit).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLines"/> is negative.</exception>
    public TextBuilder MaxLines(int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLines);
        _text = _text with { MaxLines = maxLines };
        return this;
    }

    void IHasFlex.SetFlex(int flex) => _text = _text with { Flex = flex };

    void IHasMargin.SetMargin(FlexSpacing margin) => _text = _text with { Margin = margin };

    void IHasPosition.SetPosition(FlexPosition position) => _text = _text with { Position = position };

    void IHasPosition.SetOffsets(FlexInset? top, FlexInset? bottom, FlexInset? start, FlexInset? end) =>
        _text = _text with
        {
            OffsetTop = top ?? _text.OffsetTop,
            OffsetBottom = bottom ?? _text.OffsetBottom,
            OffsetStart = start ?? _text.OffsetStart,
            OffsetEnd = end ?? _text.OffsetEnd,
        };

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_text.Action, "TEXT");
        _text = _text with { Action = action };
    }

    void IHasAlign.SetAlign(FlexAlign align) => _text = _text with { Align = align };

    void IHasGravity.SetGravity(FlexGravity gravity) => _text = _text with { Gravity = gravity };

    void IHasColor.SetColor(FlexColor color) => _text = _text with { Color = color };

    void IHasFont.SetSize(FlexSize size) => _text = _text with { Size = size };

    void IHasFont.SetWeight(FontWeight weight) => _text = _text with { Weight = weight };

    internal static FlexText Build(string? text, Action<TextBuilder>? configure)
    {
        var builder = new TextBuilder(text);
        configure?.Invoke(builder);
        return builder._spans is null ? builder._text : builder._text with { Contents = ValueList.From(builder._spans) };
    }
}
