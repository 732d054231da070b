using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace LineFlex.Sandbox;

/// <summary>An error status with a proxy's <c>text/html</c> error page instead of JSON.</summary>
internal sealed record HtmlBodyFault(int StatusCode) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        var title = StatusCode.ToString(CultureInfo.InvariantCulture) + " " + ReasonPhrases.GetReasonPhrase(StatusCode);
        var page = $"<!DOCTYPE html><html><head><title>{title}</title></head>"
            + $"<body><center><h1>{title}</h1></center><hr><center>nginx</center></body></html>";
        return WireResponse.WriteTextAsync(context, StatusCode, WireResponse.Html, page);
    }
}
