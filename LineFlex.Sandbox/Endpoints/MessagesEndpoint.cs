using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>POST /line/1/messages</c>: authenticates, parses and validates with LineFlex's own code, then accepts every
/// destination of every message as PENDING_ACCEPTED and schedules its delivery report.
/// </summary>
internal sealed class MessagesEndpoint(
    ApiKeyCheck apiKey,
    FlexValidator? validator,
    SandboxJournal journal,
    DeliveryScheduler deliveries,
    TimeProvider clock,
    ILogger logger)
{
    public const string Path = "/line/1/messages";

    public async Task HandleAsync(HttpContext context)
    {
        if (!apiKey.Accepts(context.Request))
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, ApiError.Unauthorized(), "no valid App key").ConfigureAwait(false);
            return;
        }

        var received = context.Features.GetRequiredFeature<ReceivedRequest>();
        LineRequest request;
        try
        {
            request = FlexJson.Deserialize<LineRequest>(received.Body);
        }
        catch (FlexJsonException exception)
        {
            var violation = new ApiViolation(exception.Path, exception.Problem);
            await RejectAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest([violation]), exception.Message).ConfigureAwait(false);
            return;
        }

        if (validator?.Validate(request) is { IsValid: false } report)
        {
            var violations = report.Errors.Select(e => new ApiViolation(e.Path, e.Message)).ToArray();
            await RejectAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest(violations), $"{violations.Length} validation error(s)").ConfigureAwait(false);
            return;
        }

        var acceptedAt = clock.GetUtcNow();
        var bulkId = request.Options?.Schedule?.BulkId is { Length: > 0 } given ? given : NewId();
        var accepted = Accept(request, bulkId, acceptedAt);
        journal.Record(accepted);
        deliveries.Schedule(accepted, acceptedAt);
        SandboxLog.Accepted(logger, bulkId, accepted.Count);
        await WireResponse.WriteJsonAsync(context, StatusCodes.Status200OK, Answer(bulkId, accepted)).ConfigureAwait(false);
    }

    private static List<AcceptedMessage> Accept(LineRequest request, string bulkId, DateTimeOffset acceptedAt)
    {
        var accepted = new List<AcceptedMessage>();
        foreach (var message in request.Messages ?? ValueList<LineMessage>.Empty)
        {
            foreach (var destination in message.Destinations ?? ValueList<LineDestination>.Empty)
            {
                var messageId = destination.MessageId is { Length: > 0 } given ? given : NewId();
                accepted.Add(new AcceptedMessage(bulkId, messageId, destination.To ?? string.Empty, message, acceptedAt));
            }
        }

        return accepted;
    }

    private static string Answer(string bulkId, IEnumerable<AcceptedMessage> accepted) => new JObject
    {
        ["bulkId"] = bulkId,
        ["messages"] = new JArray(accepted.Select(m => new JObject
        {
            ["messageId"] = m.MessageId,
            ["status"] = new JObject
            {
                ["groupId"] = 1,
                ["groupName"] = "PENDING",
                ["id"] = 26,
                ["name"] = "PENDING_ACCEPTED",
                ["description"] = "Message sent to next instance",
            },
            ["destination"] = m.To,
        })),
    }.ToString(Formatting.None);

    private static string NewId() => Guid.NewGuid().ToString();

    private Task RejectAsync(HttpContext context, int statusCode, ApiError error, string reason)
    {
        SandboxLog.Rejected(logger, context.Request.Method, Path, statusCode, reason);
        return WireResponse.WriteErrorAsync(context, statusCode, error);
    }
}
