namespace LineFlex;

/// <summary>
/// Reads an HTTP error body from Infobip in every form it comes in: the platform's JSON <c>ApiError</c>,
/// the legacy <c>requestError.serviceException</c> envelope, the <c>ApiError</c> as XML, and survives an
/// HTML page, an empty body and a truncated or foreign one. It never throws: what it cannot read is
/// reported as <see cref="ApiErrorFormat.Unreadable"/> with a bounded excerpt.
/// </summary>
public static partial class ApiErrorParser
{
    /// <summary>The most characters of a body kept in <see cref="ApiErrorBody.RawExcerpt"/>.</summary>
    public const int ExcerptLength = 500;

    /// <summary>
    /// Reads <paramref name="body"/>. The body decides the format, since gateways mislabel error pages:
    /// a body starting with <c>{</c> or <c>[</c> is read as JSON whatever the content type; otherwise a
    /// <c>text/html</c> content type or a body starting with <c>&lt;!DOCTYPE</c> or <c>&lt;html</c> is
    /// <see cref="ApiErrorFormat.Html"/>; a body starting with <c>&lt;</c> is read as XML (any root element
    /// whose children are named like the <c>ApiError</c> properties); anything else is
    /// <see cref="ApiErrorFormat.Unreadable"/>. Never throws and never returns null lists.
    /// </summary>
    /// <param name="contentType">The response's <c>Content-Type</c> header, or null.</param>
    /// <param name="body">The response body, or null when there was none.</param>
    /// <returns>What the body said, and in which <see cref="ApiErrorFormat"/>.</returns>
    public static ApiErrorBody Parse(string? contentType, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ApiErrorBody { Format = ApiErrorFormat.Empty };
        }

        var text = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{') || text.StartsWith('['))
        {
            return ReadJson(text) ?? Unreadable(text);
        }

        if (IsHtmlContentType(contentType) || LooksLikeHtml(text))
        {
            return Html(text);
        }

        if (text.StartsWith('<'))
        {
            return ReadXml(text) ?? Unreadable(text);
        }

        return Unreadable(text);
    }

    /// <summary>The start of <paramref name="text"/>, at most <see cref="ExcerptLength"/> characters, never splitting a surrogate pair.</summary>
    private static string Excerpt(string text)
    {
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength;
        return text[..length];
    }

    private static ApiErrorBody Html(string text) => new() { Format = ApiErrorFormat.Html, RawExcerpt = Excerpt(text) };

    private static ApiErrorBody Unreadable(string text) => new() { Format = ApiErrorFormat.Unreadable, RawExcerpt = Excerpt(text) };

    private static bool IsHtmlContentType(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var separator = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (separator < 0 ? contentType : contentType[..separator]).Trim();
        return mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeHtml(string text) =>
        text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
