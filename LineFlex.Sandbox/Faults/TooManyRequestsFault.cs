using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LineFlex.Sandbox;

/// <summary>429 with an <c>ApiError</c> body and, when given, a <c>Retry-After</c> in whole seconds.</summary>
internal sealed record TooManyRequestsFault(TimeSpan? RetryAfter) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        if (RetryAfter is { } retryAfter)
        {
            context.Response.Headers[HeaderNames.RetryAfter] = WireResponse.Seconds(retryAfter);
        }

        return WireResponse.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ApiError.ForStatus(429));
    }
}
