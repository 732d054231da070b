using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>An error status with no body and no content type.</summary>
internal sealed record EmptyBodyFault(int StatusCode) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCode;
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }
}
