namespace LineFlex;

/// <summary>
/// The entry point of the builder: <c>Flex.Bubble().Header(h => h.Box(...))</c>,
/// <c>Flex.Request().Message(m => ...)</c>, and factories for single components and actions.
/// </summary>
/// <remarks>See docs/building-messages.md.</remarks>
public static class Flex
{
    /// <summary>Starts a request: <c>Flex.Request().Message(m => m.Sender(...).To(...).Bubble(...)).Build()</c>.</summary>
    public static RequestBuilder Request() => new();

    /// <summary>Starts a message, for composing messages apart from their request.</summary>
    public static MessageBuilder Message() => new();

    /// <summary>Starts a bubble: <c>Flex.Bubble().Header(h => ...).Body(b => ...).Footer(f => ...)</c>.</summary>
    public static BubbleBuilder Bubble() => new();

    /// <summary>Builds a standalone BOX, for fragments shared between templates.</summary>
    public static FlexBox Box(BoxLayout layout, Action<BoxBuilder> contents) => BoxBuilder.Build(layout, contents);

    /// <summary>Builds a standalone TEXT.</summary>
    public static FlexText Text(string text, Action<TextBuilder>? configure = null) =>
        TextBuilder.Build(text ?? throw new ArgumentNullException(nameof(text)), configure);

    /// <summary>Builds a standalone TEXT made of SPANs.</summary>
    public static FlexText Text(Action<TextBuilder> configure) =>
        TextBuilder.Build(null, configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>Builds a standalone SPAN.</summary>
    public static FlexSpan Span(string text, Action<SpanBuilder>? configure = null) => SpanBuilder.Build(text, configure);

    /// <summary>Builds a standalone IMAGE.</summary>
    public static FlexImage Image(string url, Action<ImageBuilder>? configure = null) => ImageBuilder.Build(url, configure);

    /// <summary>Builds a standalone ICON.</summary>
    public static FlexIcon Icon(string url, Action<IconBuilder>? configure = null) => IconBuilder.Build(url, configure);

    /// <summary>Builds a standalone BUTTON.</summary>
    public static FlexButton Button(FlexAction action, Action<ButtonBuilder>? configure = null) => ButtonBuilder.Build(action, configure);

    /// <summary>Builds a standalone SEPARATOR.</summary>
    public static FlexSeparator Separator(Action<SeparatorBuilder>? configure = null) => SeparatorBuilder.Build(configure);

    /// <summary>A URI action: a tap opens <paramref name="uri"/> (or <paramref name="desktopUri"/> on LINE for desktop).</summary>
    public static UriAction Uri(string label, string uri, string? desktopUri = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(uri);
        return new UriAction { Label = label, Uri = uri, AltUri = desktopUri is null ? null : new AltUri { Desktop = desktopUri } };
    }

    /// <summary>A POSTBACK action: a tap sends <paramref name="data"/> back to the account.</summary>
    public static PostbackAction Postback(string label, string data, string? desktopUri = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(data);
        return new PostbackAction { Label = label, Data = data, AltUri = desktopUri is null ? null : new AltUri { Desktop = desktopUri } };
    }
}
