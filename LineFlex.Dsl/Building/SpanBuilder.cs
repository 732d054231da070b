namespace LineFlex;

/// <summary>Builds a <see cref="FlexSpan"/>: a styled run inside a TEXT.</summary>
/// <remarks>You meet one as a lambda parameter: <c>t.Span("here", s => s.Color("#00b4ff").Underline())</c>. See docs/building-messages.md.</remarks>
public sealed class SpanBuilder : IHasColor, IHasFont
{
    private FlexSpan _span;

    internal SpanBuilder(string text) => _span = new FlexSpan { Text = text };

    /// <summary>Sets <c>style</c>.</summary>
    public SpanBuilder Style(FontStyle style)
    {
        _span = _span with { Style = style };
        return this;
    }

    /// <summary>Sets <c>style</c> to <c>ITALIC</c>.</summary>
    public SpanBuilder Italic() => Style(FontStyle.Italic);

    /// <summary>Sets <c>decoration</c>.</summary>
    public SpanBuilder Decoration(TextDecoration decoration)
    {
        _span = _span with { Decoration = decoration };
        return this;
    }

    /// <summary>Sets <c>decoration</c> to <c>UNDERLINE</c>.</summary>
    public SpanBuilder Underline() => Decoration(TextDecoration.Underline);

    /// <summary>Sets <c>decoration</c> to <c>LINE_THROUGH</c>.</summary>
    public SpanBuilder LineThrough() => Decoration(TextDecoration.LineThrough);

    void IHasColor.SetColor(FlexColor color) => _span = _span with { Color = color };

    void IHasFont.SetSize(FlexSize size) => _span = _span with { Size = size };

    void IHasFont.SetWeight(FontWeight weight) => _span = _span with { Weight = weight };

    internal static FlexSpan Build(string text, Action<SpanBuilder>? configure)
    {
        var builder = new SpanBuilder(text ?? throw new ArgumentNullException(nameof(text)));
        configure?.Invoke(builder);
        return builder._span;
    }
}
