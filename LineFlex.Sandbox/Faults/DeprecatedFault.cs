using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>Answers normally with <c>Deprecation</c> and <c>Sunset</c> headers added.</summary>
internal sealed record DeprecatedFault(string Deprecation, string Sunset) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        context.Response.Headers["Deprecation"] = Deprecation;
        context.Response.Headers["Sunset"] = Sunset;
        return next(context);
    }
}
