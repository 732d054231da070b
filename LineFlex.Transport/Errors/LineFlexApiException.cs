using System.Net;
using System.Text;

namespace LineFlex;

/// <summary>
/// Infobip (or a LineFlex sandbox, which the message then names) answered with an HTTP error. The body is read in every form Infobip uses (the platform's
/// <c>ApiError</c> JSON, the legacy <c>requestError.serviceException</c> envelope, XML) and survives
/// HTML, empty and truncated bodies, keeping a bounded excerpt.
/// </summary>
public sealed class LineFlexApiException : LineFlexException
{
    internal LineFlexApiException(string answerer, int statusCode, ApiErrorBody body, string? deprecation, string? sunset, TimeSpan? retryAfter, CallHistory history, AttemptOutcome last)
        : base(
            Describe(answerer, statusCode, body, history, last),
            history.Attempts,
            mayHaveBeenDelivered: history.EarlierMayHaveBeenDelivered || last == AttemptOutcome.MayHaveBeenDelivered,
            innerException: null)
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

    /// <summary>The most violations a message lists; <see cref="Violations"/> has them all.</summary>
    internal const int ViolationsInMessage = 10;

    private static string Describe(string answerer, int status, ApiErrorBody body, CallHistory history, AttemptOutcome last)
    {
        // Everything quoted here came from the server: each piece is a short excerpt, so that a huge
        // description or property name cannot make a huge message.
        var text = new StringBuilder();
        text.Append(answerer).Append(" answered ").Append(status);
        if (body.ErrorCode is not null)
        {
            text.Append(' ').Append(FlexLimits.Excerpt(body.ErrorCode, 40));
        }

        text.Append(": ").Append(body.Description is null ? DefaultDescription(status, body.Format) : FlexLimits.Excerpt(body.Description, ServerText.ExcerptLength));
        if (body.Action is not null)
        {
            text.Append(' ').Append(FlexLimits.Excerpt(body.Action, ServerText.ExcerptLength));
        }

        foreach (var violation in body.Violations.Take(ViolationsInMessage))
        {
            text.AppendLine().Append("  ").Append(FlexLimits.Excerpt(violation.Property)).Append(": ").Append(FlexLimits.Excerpt(violation.Violation, ServerText.ExcerptLength));
        }

        if (body.Violations.Count > ViolationsInMessage)
        {
            text.AppendLine().Append("  ... and ").Append(body.Violations.Count - ViolationsInMessage).Append(" more (see Violations)");
        }

        var attempts = history.Describe(last);
        if (attempts.Length > 0)
        {
            text.AppendLine().Append(attempts);
        }

        return text.ToString();
    }

    /// <summary>What a 401 or a 403 means and what to do about it.</summary>
    internal static string AuthenticationHint(int status) => status == 401
        ? "the API key was refused. Check LineFlexOptions.ApiKey."
        : "the API key lacks a scope. It needs message:send and line:message:send.";

    private static string DefaultDescription(int status, ApiErrorFormat format) => (status, format) switch
    {
        (401 or 403, _) => AuthenticationHint(status),
        (429, _) => "too many requests. Slow down or use a sending speed limit.",
        (_, ApiErrorFormat.Html) => "the body was an HTML page, not an API error (a proxy or gateway answered?).",
        (_, ApiErrorFormat.Empty) => "the body was empty.",
        (_, ApiErrorFormat.Unreadable) => "the body could not be read as an API error.",
        _ => "no description was given.",
    };
}
