using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

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

    /// <summary>Answers <paramref name="statusCode"/> with a JSON body.</summary>
    public static Task WriteJsonAsync(HttpContext context, int statusCode, string json) =>
        WriteTextAsync(context, statusCode, Json, json);

    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="error"/> as JSON.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, ApiError error) =>
        WriteJsonAsync(context, statusCode, error.ToJson());

    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="error"/> and logs the refusal and its <paramref name="reason"/>.</summary>
    public static Task RejectAsync(HttpContext context, ILogger logger, int statusCode, ApiError error, string reason)
    {
        SandboxLog.Rejected(logger, context.Request.Method, context.Request.Path, statusCode, reason);
        return WriteErrorAsync(context, statusCode, error);
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
