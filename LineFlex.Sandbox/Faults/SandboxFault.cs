using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>
/// One misbehaviour the sandbox can answer a call with, to test how a client copes with errors,
/// odd bodies, slowness and broken connections. Create one with a factory method and queue it on
/// <see cref="SandboxServer.Faults"/>.
/// </summary>
public abstract record SandboxFault
{
    private protected SandboxFault()
    {
    }

    /// <summary>Answers with <paramref name="statusCode"/> (400..599) and an <c>ApiError</c> JSON body whose <c>errorCode</c> is <c>E{status}</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static SandboxFault Status(int statusCode) => new StatusFault(ErrorStatus(statusCode));

    /// <summary>Answers 429 with an <c>ApiError</c> body, and a <c>Retry-After</c> header in whole seconds (rounded up) when <paramref name="retryAfter"/> is given.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public static SandboxFault TooManyRequests(TimeSpan? retryAfter = null)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(retryAfter),
                retryAfter,
                "Retry-After cannot be negative. Pass null to send no Retry-After header, or a delay of zero or more.");
        }

        return new TooManyRequestsFault(retryAfter);
    }

    /// <summary>Answers 500 with an <c>ApiError</c> body (<c>E500</c>).</summary>
    public static SandboxFault ServerError() => new StatusFault(500);

    /// <summary>Answers 502 with an <c>ApiError</c> body (<c>E502</c>).</summary>
    public static SandboxFault BadGateway() => new StatusFault(502);

    /// <summary>Answers 503 with an <c>ApiError</c> body (<c>E503</c>).</summary>
    public static SandboxFault ServiceUnavailable() => new StatusFault(503);

    /// <summary>Answers 403 with an <c>ApiError</c> body (<c>E403</c>), as Infobip does for a key without the needed scope.</summary>
    public static SandboxFault Forbidden() => new StatusFault(403);

    /// <summary>
    /// Answers <paramref name="statusCode"/> with a <c>text/html</c> page, as a proxy in front of the API would with an
    /// error status, or a captive portal or a wrong base URL with 200.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is neither 200 nor an error status.</exception>
    public static SandboxFault HtmlBody(int statusCode = 502) =>
        new HtmlBodyFault(statusCode == StatusCodes.Status200OK ? statusCode : ErrorStatus(statusCode));

    /// <summary>Answers <paramref name="statusCode"/> with no body at all (<c>Content-Length: 0</c>, no content type).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static SandboxFault EmptyBody(int statusCode = 500) => new EmptyBodyFault(ErrorStatus(statusCode));

    /// <summary>
    /// Answers <paramref name="statusCode"/> with Infobip's legacy envelope,
    /// <c>{"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"..","validationErrors":{..}}}}</c>;
    /// the <c>messageId</c> follows the status (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, TOO_MANY_REQUESTS, else GENERAL_ERROR),
    /// and <c>validationErrors</c> is only written for 400.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static SandboxFault LegacyEnvelope(int statusCode = 400) => new LegacyEnvelopeFault(ErrorStatus(statusCode));

    /// <summary>
    /// Answers <paramref name="statusCode"/> with an <c>application/xml</c> <c>ApiError</c>:
    /// <c>&lt;ApiError&gt;&lt;errorCode&gt;E500&lt;/errorCode&gt;&lt;description&gt;..&lt;/description&gt;&lt;action&gt;..&lt;/action&gt;&lt;violations/&gt;&lt;resources/&gt;&lt;/ApiError&gt;</c>
    /// (list items, when there are any, are <c>&lt;violation&gt;</c> and <c>&lt;resource&gt;</c> elements).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static SandboxFault XmlError(int statusCode = 500) => new XmlErrorFault(ErrorStatus(statusCode));

    /// <summary>
    /// Waits <paramref name="delay"/> of real time (not <see cref="SandboxOptions.TimeProvider"/>: it is a slow
    /// network, seen by the client's own timeouts), then answers normally. Ends early when the client gives up or the
    /// server stops.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public static SandboxFault Delay(TimeSpan delay)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A delay cannot be negative. Pass TimeSpan.Zero or more.");
        }

        return new DelayFault(delay);
    }

    /// <summary>
    /// Sends a 200 status line, headers promising a longer JSON body and only part of it, then aborts the
    /// connection: the client sees an <see cref="IOException"/> (inside an <c>HttpRequestException</c>).
    /// </summary>
    public static SandboxFault DropConnection() => new DropConnectionFault();

    /// <summary>Answers normally, adding <c>Deprecation</c> and <c>Sunset</c> response headers with these values.</summary>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    public static SandboxFault Deprecated(string deprecation, string sunset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deprecation);
        ArgumentException.ThrowIfNullOrWhiteSpace(sunset);
        return new DeprecatedFault(deprecation, sunset);
    }

    /// <summary>Answers the call instead of, or around, the normal handling in <paramref name="next"/>.</summary>
    /// <param name="context">The call.</param>
    /// <param name="next">The normal handling by the endpoint (the call is already authenticated and its body read).</param>
    /// <param name="cancellationToken">Cancelled when the client aborts or the server stops.</param>
    internal abstract Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken);

    private static int ErrorStatus(int statusCode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(statusCode))] string? name = null) =>
        statusCode is >= 400 and <= 599
            ? statusCode
            : throw new ArgumentOutOfRangeException(
                name,
                statusCode,
                "A fault answers with an error status, 400..599. To answer normally but slowly use SandboxFault.Delay; to add headers use SandboxFault.Deprecated.");
}
