namespace LineFlex;

/// <summary>Builds a <see cref="FlexSpan"/>: a styled run inside a TEXT.</summary>
/// <remarks>You meet one as a lambda parameter: <c>t.Span("here", s => s.Color("#00b4ff").Underline())</c>. See docs/building-messages.md.</remarks>
public sealed class SpanBuilder : IHasColor, IHasFont
{
    private readonly string _text;
    private FlexColor? _color;
    private FlexSize? _size;
    private FontWeight? _weight;
    private FontStyle? _style;
    private TextDecoration? _decoration;

    internal SpanBuilder(string text) => _text = text;

    /// <summary>Sets <c>style</c>.</summary>
    public SpanBuilder Style(FontStyle style)
    {
        _style = style;
        return this;
    }

    /// <summary>Sets <c>style</c> to <c>ITALIC</c>.</summary>
    public SpanBuilder Italic() => Style(FontStyle.Italic);

    /// <summary>Sets <c>decoration</c>.</summary>
    public SpanBuilder Decoration(TextDecoration decoration)
    {
        _decoration = decoration;
        return this;
    }

    /// <summary>Sets <c>decoration</c> to <c>UNDERLINE</c>.</summary>
    public SpanBuilder Underline() => Decoration(TextDecoration.Underline);

    /// <summary>Sets <c>decoration</c> to <c>LINE_THROUGH</c>.</summary>
    public SpanBuilder LineThrough() => Decoration(TextDecoration.LineThrough);

    void IHasColor.SetColor(FlexColor color) => _color = color;

    void IHasFont.SetSize(FlexSize size) => _size = size;

    void IHasFont.SetWeight(FontWeight weight) => _weight = weight;

    internal static FlexSpan Build(string text, Action<SpanBuilder>? configure)
    {
        var builder = new SpanBuilder(text ?? throw new ArgumentNullException(nameof(text)));
        configure?.Invoke(builder);
        return new FlexSpan
        {
            Text = builder._text,
            Color = builder._color,
            Size = builder._size,
            Weight = builder._weight,
            Style = builder._style,
            Decoration = builder._decoration,
        };
    }
}
