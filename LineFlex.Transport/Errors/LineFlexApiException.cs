using System.Net;
using System.Text;

namespace LineFlex;

/// <summary>
/// Infobip answered with an HTTP error. The body is read in every form Infobip uses (the platform's
/// <c>ApiError</c> JSON, the legacy <c>requestError.serviceException</c> envelope, XML) and survives
/// HTML, empty and truncated bodies, keeping a bounded excerpt.
/// </summary>
public sealed class LineFlexApiException : LineFlexException
{
    internal LineFlexApiException(int statusCode, ApiErrorBody body, string? deprecation, string? sunset, TimeSpan? retryAfter, int attempts)
        : base(Describe(statusCode, body, attempts), attempts, mayHaveBeenDelivered: statusCode >= 500 && statusCode != 502 && statusCode != 503, innerException: null)
    {
        StatusCode = statusCode;
        Body = body;
        Deprecation = deprecation;
        Sunset = sunset;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code (400, 401, 403, 429, 500, ...).</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status => (HttpStatusCode)StatusCode;

    /// <summary>Everything read from the error body.</summary>
    public ApiErrorBody Body { get; }

    /// <summary>Infobip's error code (<c>E400</c>, or the legacy <c>BAD_REQUEST</c>).</summary>
    public string? ErrorCode => Body.ErrorCode;

    /// <summary>What went wrong, as Infobip says.</summary>
    public string? Description => Body.Description;

    /// <summary>What to do about it, as Infobip says.</summary>
    public string? Action => Body.Action;

    /// <summary>The properties Infobip rejected, at their wire JSON paths.</summary>
    public IReadOnlyList<ApiViolation> Violations => Body.Violations;

    /// <summary>Documentation Infobip points to.</summary>
    public IReadOnlyList<ApiResource> Resources => Body.Resources;

    /// <summary>The start of a body that was not a readable error (HTML, truncated), bounded in length.</summary>
    public string? RawBodyExcerpt => Body.RawExcerpt;

    /// <summary>The <c>Deprecation</c> response header, when Infobip sent one.</summary>
    public string? Deprecation { get; }

    /// <summary>The <c>Sunset</c> response header, when Infobip sent one.</summary>
    public string? Sunset { get; }

    /// <summary>The <c>Retry-After</c> of a 429 or 503, when Infobip sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(int status, ApiErrorBody body, int attempts)
    {
        var text = new StringBuilder();
        text.Append("Infobip answered ").Append(status);
        if (body.ErrorCode is not null)
        {
            text.Append(' ').Append(body.ErrorCode);
        }

        text.Append(": ").Append(body.Description ?? DefaultDescription(status, body.Format));
        if (body.Action is not null)
        {
            text.Append(' ').Append(body.Action);
        }

        foreach (var violation in body.Violations)
        {
            text.AppendLine().Append("  ").Append(violation.Property).Append(": ").Append(violation.Violation);
        }

        if (attempts > 1)
        {
            text.AppendLine().Append("(after ").Append(attempts).Append(" attempts)");
        }

        if (status is 500 or 504)
        {
            text.AppendLine().Append("The request reached Infobip, so the message may have been delivered; it was not retried because Infobip has no idempotency key. Set LineFlexOptions.RetryUnsafeFailures only if you set your own messageIds.");
        }

        return text.ToString();
    }

    private static string DefaultDescription(int status, ApiErrorFormat format) => (status, format) switch
    {
        (401, _) => "the API key was refused. Check LineFlexOptions.ApiKey.",
        (403, _) => "the API key lacks a scope. It needs message:send and line:message:send.",
        (429, _) => "too many requests. Slow down or use a sending speed limit.",
        (_, ApiErrorFormat.Html) => "the body was an HTML page, not an API error (a proxy or gateway answered?).",
        (_, ApiErrorFormat.Empty) => "the body was empty.",
        (_, ApiErrorFormat.Unreadable) => "the body could not be read as an API error.",
        _ => "no description was given.",
    };
}
