using System.Net;
using System.Text.RegularExpressions;

namespace LineFlex;

/// <summary>
/// Decides which URLs of a message may become a link or an image in the preview: <c>https:</c>, and <c>http:</c> to a
/// loopback host (a local test server). Images may also be inline raster <c>data:image/...;base64</c>. Anything else
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c> links, <c>line:</c>, <c>tel:</c>, relative or malformed URLs, and
/// URLs holding a user name or password)
/// is never written into an attribute; the preview shows it as inert text with a warning.
/// </summary>
internal static partial class SafeUrl
{
    /// <summary>The URL to write into <c>href</c>, or null with the reason it is not linked.</summary>
    public static string? ForLink(string? url, out string reason) => Check(url, allowDataImage: false, out reason);

    /// <summary>The URL to write into <c>src</c>, or null with the reason it is not loaded.</summary>
    public static string? ForImage(string? url, out string reason) => Check(url, allowDataImage: true, out reason);

    private static string? Check(string? url, bool allowDataImage, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrEmpty(url))
        {
            reason = "the URL is missing";
            return null;
        }

        // Browsers drop tabs and line breaks inside URLs ("java\tscript:"), so a URL holding any control or space
        // character is refused before its scheme is even read.
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                reason = "it holds a space or an invisible character";
                return null;
            }
        }

        if (allowDataImage && url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            if (RasterDataImage().IsMatch(url))
            {
                return url;
            }

            reason = "only base64 PNG, JPEG, GIF or WebP data URLs are shown as images";
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsWellFormedOriginalString())
        {
            reason = "it is not a well-formed absolute URL";
            return null;
        }

        // A user name or password would be sent to the host (a tracking leak when previewing a stranger's file), and
        // "https://bank.example@evil.example/" reads as one host and goes to another: neither is loaded nor linked.
        if (HoldsCredentials(url))
        {
            reason = "it holds a user name or password before the host, which the preview never sends";
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return uri.AbsoluteUri;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))
        {
            return uri.AbsoluteUri;
        }

        reason = uri.Scheme == Uri.UriSchemeHttp
            ? "plain http is shown for loopback hosts only"
            : $"the {uri.Scheme}: scheme is not a web link";
        return null;
    }

    /// <summary>Whether the authority (between <c>//</c> and the path) holds an <c>@</c>, even an empty user name's.</summary>
    private static bool HoldsCredentials(string url)
    {
        var start = url.IndexOf("//", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        start += 2;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return url.AsSpan(start, (end < 0 ? url.Length : end) - start).Contains('@');
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RasterDataImage();
}
