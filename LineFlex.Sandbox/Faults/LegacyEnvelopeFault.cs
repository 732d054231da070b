using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>An error status with the envelope older Infobip endpoints answer: <c>{"requestError":{"serviceException":{..}}}</c>.</summary>
internal sealed record LegacyEnvelopeFault(int StatusCode) : SandboxFault
{
    internal override Task AnswerAsync(HttpContext context, RequestDelegate next, CancellationToken cancellationToken)
    {
        var exception = new JObject
        {
            ["messageId"] = MessageId(StatusCode),
            ["text"] = Text(StatusCode),
        };
        if (StatusCode == StatusCodes.Status400BadRequest)
        {
            exception["validationErrors"] = new JObject
            {
                ["messages[0].content.altText"] = new JArray("size must be between 0 and 400"),
            };
        }

        var body = new JObject { ["requestError"] = new JObject { ["serviceException"] = exception } };
        return WireResponse.WriteJsonAsync(context, StatusCode, body.ToString(Formatting.None));
    }

    private static string MessageId(int statusCode) => statusCode switch
    {
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        429 => "TOO_MANY_REQUESTS",
        _ => "GENERAL_ERROR",
    };

    private static string Text(int statusCode) => statusCode switch
    {
        400 => "Bad request",
        401 => "Invalid login details",
        403 => "Forbidden",
        404 => "Not found",
        429 => "Too many requests",
        _ => "Something went wrong. Please contact support.",
    };
}
