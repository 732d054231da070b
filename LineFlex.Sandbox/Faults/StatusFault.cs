using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>An error status with an <c>ApiError</c> JSON body.</summary>
internal sealed record StatusFault(int StatusCode) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken) =>
        WireResponse.WriteErrorAsync(context, StatusCode, ApiError.ForStatus(StatusCode));
}
