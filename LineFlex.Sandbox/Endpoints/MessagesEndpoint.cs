using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>POST /line/1/messages</c> (authenticated already): parses and validates with LineFlex's own code, then accepts
/// every destination of every message as PENDING_ACCEPTED and schedules its delivery report.
/// </summary>
internal sealed class MessagesEndpoint(
    FlexValidator? validator,
    SandboxJournal journal,
    DeliveryScheduler deliveries,
    TimeProvider clock)
{
    public const string Path = "/line/1/messages";

    public async Task HandleAsync(HttpContext context)
    {
        var call = context.Features.GetRequiredFeature<ReceivedCall>();
        LineRequest request;
        try
        {
            using var body = new MemoryStream(call.Body, writable: false);
            request = FlexJson.Deserialize<LineRequest>(body);
        }
        catch (FlexJsonException exception)
        {
            var violation = ApiViolation.Quoting(exception.Path, exception.Problem);
            await WireResponse.RejectAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest([violation]), $"the body does not parse at {FlexLimits.Excerpt(exception.Path)}").ConfigureAwait(false);
            return;
        }

        if (validator?.Validate(request) is { IsValid: false } report)
        {
            var violations = report.Errors.Select(e => ApiViolation.Quoting(e.Path, e.Message)).ToArray();
            await WireResponse.RejectAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest(violations), $"{violations.Length} validation error(s)").ConfigureAwait(false);
            return;
        }

        var acceptedAt = clock.GetUtcNow();
        var bulkId = request.Options?.Schedule?.BulkId is { Length: > 0 } given ? given : NewId();
        var accepted = Accept(request, bulkId, acceptedAt);
        journal.Accept(call.Entry, accepted);
        deliveries.Schedule(accepted, acceptedAt);
        var summary = WireResponse.Summary(context);
        (summary.MessageCount, summary.BulkId, summary.Outcome) = (accepted.Count, bulkId, "accepted");
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
}
