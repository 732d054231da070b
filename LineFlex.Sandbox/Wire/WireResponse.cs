using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>Writes the sandbox's answers: JSON bodies, <see cref="ApiError"/>s and raw text, each with its content type.</summary>
internal static class WireResponse
{
    public const string Json = "application/json; charset=utf-8";
    public const string Xml = "application/xml; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";

    /// <summary>
    /// The response header every answer of the sandbox carries, so a client (the <c>lineflex</c> command line, say) can
    /// tell a sandbox from Infobip. Its value is always <c>true</c>; Infobip never sends it.
    /// </summary>
    public const string SandboxHeader = "LineFlex-Sandbox";

    /// <summary>
    /// The Content-Security-Policy of every answer that is not a page: nothing may load, and nothing may frame it. The
    /// inbox's pages send their own (see <see cref="InboxEndpoint"/>).
    /// </summary>
    public const string NoContentPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Sets the headers every answer carries: <see cref="SandboxHeader"/>, and the security headers that keep a browser
    /// from sniffing a type, framing a page or sending a referrer.
    /// </summary>
    public static void SetCommonHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers[SandboxHeader] = "true";
        headers.ContentSecurityPolicy = NoContentPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Answers <paramref name="statusCode"/> with a JSON body.</summary>
    public static Task WriteJsonAsync(HttpContext context, int statusCode, string json) =>
        WriteTextAsync(context, statusCode, Json, json);

    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="error"/> as JSON.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, ApiError error) =>
        WriteJsonAsync(context, statusCode, error.ToJson());

    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="error"/>; the request's log line gives <paramref name="reason"/>.</summary>
    public static Task RejectAsync(HttpContext context, int statusCode, ApiError error, string reason)
    {
        Summary(context).Outcome = reason;
        return WriteErrorAsync(context, statusCode, error);
    }

    /// <summary>What the request's log line will say; a fresh one when the call did not come through the sandbox's pipeline.</summary>
    public static RequestSummary Summary(HttpContext context)
    {
        if (context.Features.Get<RequestSummary>() is { } summary)
        {
            return summary;
        }

        summary = new RequestSummary();
        context.Features.Set(summary);
        return summary;
    }

    /// <summary>Answers with a body of the given content type; Content-Length is always set.</summary>
    public static async Task WriteTextAsync(HttpContext context, int statusCode, string contentType, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Formats whole seconds for headers such as <c>Retry-After</c>.</summary>
    public static string Seconds(TimeSpan span) =>
        ((long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
