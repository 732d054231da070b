using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>An error status with the <c>ApiError</c> written as <c>application/xml</c> (see <see cref="ApiError.ToXml"/>).</summary>
internal sealed record XmlErrorFault(int StatusCode) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken) =>
        WireResponse.WriteTextAsync(context, StatusCode, WireResponse.Xml, ApiError.ForStatus(StatusCode).ToXml());
}
