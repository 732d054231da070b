namespace LineFlex;

/// <summary>Builds a <see cref="FlexSpan"/>: a styled run inside a TEXT.</summary>
/// <remarks>You meet one as a lambda parameter: <c>t.Span("here", s => s.Color("#00b4ff").Underline())</c>. See docs/building-messages.md.</remarks>
public sealed partial class SpanBuilder : IFlexBuilder, IHasColor, IHasFont
{
    // The state is one field per property of FlexSpan, generated with the plain setters (SpanBuilder.g.cs).
    internal SpanBuilder(string text) => _text = text;

    /// <summary>Sets <c>style</c> to <c>ITALIC</c>.</summary>
    public SpanBuilder Italic() => Style(FontStyle.Italic);

    /// <summary>Sets <c>decoration</c> to <c>UNDERLINE</c>.</summary>
    public SpanBuilder Underline() => Decoration(TextDecoration.Underline);

    /// <summary>Sets <c>decoration</c> to <c>LINE_THROUGH</c>.</summary>
    public SpanBuilder LineThrough() => Decoration(TextDecoration.LineThrough);

    internal static FlexSpan Build(string text, Action<SpanBuilder>? configure) =>
        new SpanBuilder(text ?? throw new ArgumentNullException(nameof(text))).Configured(configure).BuildFlexSpan();
}
