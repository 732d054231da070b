namespace LineFlex;

/// <summary>
/// Infobip's address answered with a redirect (3xx). LineFlex never follows one: the API key and the
/// message (phone numbers, text) go only to <see cref="LineFlexOptions.BaseUrl"/>. The message was not
/// sent to the other address.
/// </summary>
public sealed class LineFlexRedirectException : LineFlexException
{
    internal LineFlexRedirectException(int? statusCode, string? location, string target, int attempts)
        : base(Describe(statusCode, location, target), attempts, mayHaveBeenDelivered: false, innerException: null)
    {
        StatusCode = statusCode;
        Location = location;
    }

    /// <summary>
    /// The redirect's status (301, 302, 303, 307, 308); null when an <see cref="HttpClient"/> given to the
    /// client followed the redirect itself before LineFlex saw the status.
    /// </summary>
    public int? StatusCode { get; }

    /// <summary>Where the redirect pointed (its <c>Location</c>), with anything like a key redacted; null when none was given.</summary>
    public string? Location { get; }

    private static string Describe(int? status, string? location, string target)
    {
        var answer = status is { } code ? $"answered {target} with a redirect ({code})" : $"redirected {target}";
        var to = location is null ? "without a Location" : $"to {FlexLimits.Excerpt(location, ServerText.ExcerptLength)}";
        var handler = status is null
            ? " The HttpClient given to LineFlexClient follows redirects: create it with a handler whose AllowAutoRedirect is false."
            : string.Empty;
        return $"The server {answer} {to}. LineFlex does not follow redirects, so the message and the API key were not sent there; nothing was delivered.{handler} Check LineFlexOptions.BaseUrl: it should be your account's base URL, such as https://xxxxx.api.infobip.com.";
    }
}
