using System.Text.RegularExpressions;

namespace LineFlex;

/// <summary>
/// Text that came from a server (an error description, a body, a header), made safe to show: the
/// client's API key and anything shaped like a credential (<c>App</c>, <c>Basic</c> or <c>Bearer</c>
/// followed by a token) are replaced with <see cref="Redacted"/>, and a message quotes at most a short,
/// ellipsized excerpt of it.
/// </summary>
internal sealed partial class ServerText
{
    /// <summary>What stands in for a secret.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>The most characters of server text a message quotes in one place.</summary>
    public const int ExcerptLength = 200;

    private readonly string[] _secrets;

    public ServerText(string apiKey)
    {
        var escaped = Uri.EscapeDataString(apiKey);
        _secrets = escaped == apiKey ? [apiKey] : [apiKey, escaped];
    }

    /// <summary>Whether <paramref name="text"/> holds the key or a credential.</summary>
    public bool HoldsSecret(string? text) =>
        text is not null && (_secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal)) || Credential().IsMatch(text));

    /// <summary><paramref name="text"/> with the key and every credential replaced.</summary>
    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Redacted, StringComparison.Ordinal);
        }

        return Credential().Replace(text, "${scheme} " + Redacted);
    }

    /// <inheritdoc cref="Redact(string)"/>
    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>
    /// At most <paramref name="length"/> characters of <paramref name="text"/>, ending in "…" when cut,
    /// never splitting a surrogate pair; line breaks become spaces so an excerpt stays on its line.
    /// </summary>
    public static string Excerpt(string text, int length = ExcerptLength)
    {
        var cut = text.Length > length;
        if (cut)
        {
            var end = length - 1;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            text = string.Concat(text.AsSpan(0, end), "…");
        }

        return text.ReplaceLineEndings(" ");
    }

    /// <summary>
    /// An exception worth keeping as an inner exception: <paramref name="exception"/> when neither it nor
    /// any exception inside it holds a secret in its text, else null.
    /// </summary>
    public Exception? Keepable(Exception? exception) =>
        exception is not null && !HoldsSecret(exception.ToString()) ? exception : null;

    // An authorization scheme and a token of at least 16 characters: long enough that words such as
    // "Basic authentication" are left alone, short enough for any real key or token.
    [GeneratedRegex(@"\b(?<scheme>App|Basic|Bearer)\s+[A-Za-z0-9\-._~+/]{16,}=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
