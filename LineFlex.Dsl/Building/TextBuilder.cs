namespace LineFlex;

/// <summary>Builds a <see cref="FlexText"/>: its text or SPANs, font, alignment and placement.</summary>
/// <remarks>You meet one as a lambda parameter: <c>body.Text("Total", t => t.Bold().Align(FlexAlign.End))</c>. See docs/building-messages.md.</remarks>
public sealed partial class TextBuilder : IFlexBuilder, IHasFlex, IHasMargin, IHasPosition, IHasAction, IHasAlign, IHasGravity, IHasColor, IHasFont
{
    // The state is one field per property of FlexText, generated (TextBuilder.g.cs).
    internal TextBuilder(string? text) => _text = text;

    /// <summary>Adds a SPAN to <c>contents</c>: a run with its own colour, size, weight or decoration.</summary>
    public TextBuilder Span(string text, Action<SpanBuilder>? configure = null)
    {
        _contents.Add(SpanBuilder.Build(text, configure));
        return this;
    }

    /// <summary>Adds an already built SPAN to <c>contents</c>.</summary>
    public TextBuilder Add(FlexSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        _contents.Add(span);
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

    void IHasAction.SetAction(FlexAction action)
    {
        SlotGuard.EnsureNoAction(_action, "TEXT");
        _action = action;
    }

    /// <summary>Makes this builder as new, for a TEXT showing <paramref name="text"/>.</summary>
    internal void Reset(string? text)
    {
        ClearState();
        _text = text;
    }

    /// <summary>The TEXT built from what was set.</summary>
    internal FlexText Build() => BuildFlexText();

    internal static FlexText Build(string? text, Action<TextBuilder>? configure) =>
        new TextBuilder(text).Configured(configure).BuildFlexText();
}
