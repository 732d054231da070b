namespace LineFlex;

/// <summary>A <c>SPAN</c>: a styled run of text inside a TEXT's <c>contents</c>.</summary>
/// <remarks>Add one with <c>Span(...)</c> on a text. See docs/building-messages.md.</remarks>
[FlexNode(ComponentType.Span, Builder = typeof(SpanBuilder))]
public sealed partial record FlexSpan : FlexComponent
{
    /// <summary><c>text</c> (required).</summary>
    [Wire(Required = true)] public string? Text { get; init; }

    /// <summary><c>color</c>.</summary>
    public FlexColor? Color { get; init; }

    /// <summary><c>size</c>.</summary>
    public FlexSize? Size { get; init; }

    /// <summary><c>weight</c>.</summary>
    public FontWeight? Weight { get; init; }

    /// <summary><c>style</c>: normal or italic.</summary>
    [Setter] public FontStyle? Style { get; init; }

    /// <summary><c>decoration</c>: none, underline or line-through.</summary>
    [Setter] public TextDecoration? Decoration { get; init; }
}
