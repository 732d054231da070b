using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LineFlex;

/// <summary>
/// Text that came from a server (an error description, a body, a header, a field of a result), made safe to show:
/// the client's API key, in every form a server may write it back in, and anything shaped like a credential
/// (<c>App</c>, <c>Basic</c> or <c>Bearer</c> followed by a token) are replaced with <see cref="Redacted"/>, and a
/// message quotes at most a short excerpt of it.
/// </summary>
/// <remarks>
/// A server may echo the key as it is, or with any of its characters escaped: <c>\u0061</c> or <c>\/</c> in JSON,
/// <c>&amp;#97;</c>, <c>&amp;#x61;</c> or a named entity (<c>&amp;amp;</c>) in XML and HTML, <c>%61</c> in a URL.
/// Each character of the key matches any of its forms, so raw text (a page that is never decoded, a logged body)
/// is redacted as written, and text decoded from JSON or XML is redacted again once decoded.
/// </remarks>
internal sealed partial class ServerText
{
    /// <summary>What stands in for a secret.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>The most characters of server text a message quotes in one place (with <see cref="FlexLimits.Excerpt(string, int)"/>).</summary>
    public const int ExcerptLength = 200;

    /// <summary>
    /// A key shorter than this is redacted only where it stands as a whole word (not inside a longer run of
    /// letters and digits), so that a short key, such as a sandbox's, does not cut ordinary words apart ("the API
    /// [redacted]ey"). Infobip's keys are far longer, so a real key is redacted wherever it appears, even glued to
    /// other text. The same length as the shortest token <see cref="Credential"/> redacts.
    /// </summary>
    public const int WholeWordBelow = 16;

    private readonly Regex _key;

    /// <summary>
    /// The characters every encoded form of a character begins with: <c>\</c> (a JSON escape), <c>&amp;</c> (an XML or
    /// HTML reference) and <c>%</c>. Text with none of them can hold the key only as it is, which an ordinal search finds
    /// without the pattern.
    /// </summary>
    private static readonly SearchValues<char> EncodingStarts = SearchValues.Create(['\\', '&', '%']);

    private readonly string _apiKey;

    public ServerText(string apiKey)
    {
        _apiKey = apiKey;
        var pattern = new StringBuilder();
        foreach (var c in apiKey)
        {
            pattern.Append(AnyForm(c));
        }

        _key = apiKey.Length < WholeWordBelow
            ? new Regex("(?<![A-Za-z0-9])" + pattern + "(?![A-Za-z0-9])", RegexOptions.CultureInvariant)
            : new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>Whether <paramref name="text"/> holds the key (in any form) or a credential.</summary>
    public bool HoldsSecret(string? text) => text is not null && ((MayHoldKey(text) && _key.IsMatch(text)) || Credential().IsMatch(text));

    /// <summary><paramref name="text"/> with the key, in every form, and every credential replaced.</summary>
    public string Redact(string text) => Credential().Replace(MayHoldKey(text) ? _key.Replace(text, Redacted) : text, "${scheme} " + Redacted);

    private bool MayHoldKey(string text) => text.AsSpan().ContainsAny(EncodingStarts) || text.Contains(_apiKey, StringComparison.Ordinal);

    /// <inheritdoc cref="Redact(string)"/>
    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>
    /// An exception worth keeping as an inner exception: <paramref name="exception"/> when neither it nor
    /// any exception inside it holds a secret in its text, else null.
    /// </summary>
    public Exception? Keepable(Exception? exception) =>
        exception is not null && !HoldsSecret(exception.ToString()) ? exception : null;

    /// <summary>
    /// A pattern for one character of the key in each form a server may write it: as it is, as a JSON <c>\uXXXX</c>
    /// escape (or <c>\"</c>, <c>\\</c>, <c>\/</c>), as an XML or HTML character reference, decimal or hexadecimal, with
    /// any leading zeros (or one of XML's five named entities), or percent-encoded. Hexadecimal digits in any case.
    /// </summary>
    private static string AnyForm(char c)
    {
        var code = (int)c;
        var hex = code.ToString("x2", CultureInfo.InvariantCulture);
        var forms = new List<string>
        {
            Regex.Escape(c.ToString()),
            $@"\\u(?i:{code:x4})",
            $"&#0*{code.ToString(CultureInfo.InvariantCulture)};",
            $"&#[xX]0*(?i:{hex});",
            $"%(?i:{hex})",
        };
        if (c is '"' or '\\' or '/')
        {
            forms.Add(@"\\" + Regex.Escape(c.ToString()));
        }

        if (NamedEntity(c) is { } entity)
        {
            forms.Add($"&{entity};");
        }

        return "(?:" + string.Join('|', forms) + ")";
    }

    private static string? NamedEntity(char c) => c switch
    {
        '&' => "amp",
        '<' => "lt",
        '>' => "gt",
        '"' => "quot",
        '\'' => "apos",
        _ => null,
    };

    // An authorization scheme and a token of at least 16 characters (WholeWordBelow): long enough that words such
    // as "Basic authentication" are left alone, short enough for any real key or token.
    [GeneratedRegex(@"\b(?<scheme>App|Basic|Bearer)\s+[A-Za-z0-9\-._~+/]{16,}=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
