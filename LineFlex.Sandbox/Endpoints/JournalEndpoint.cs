using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>GET /sandbox/messages[?bulkId=]</c>: every message destination the sandbox accepted and still keeps, in the order
/// they arrived, as JSON, for scripts and pages. Like the inbox it needs no API key (the sandbox listens on loopback
/// only), is not recorded and is never answered by a queued fault.
/// </summary>
internal sealed class JournalEndpoint(SandboxJournal journal)
{
    public const string Path = "/sandbox/messages";

    /// <summary>Whether the call is for this endpoint: a GET of its path.</summary>
    public static bool Handles(HttpRequest request) => HttpMethods.IsGet(request.Method) && request.Path == Path;

    public Task HandleAsync(HttpContext context)
    {
        var bulkId = context.Request.Query.TryGetValue("bulkId", out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
        var messages = journal.Accepted.Where(m => bulkId is null || m.BulkId == bulkId).ToList();
        var summary = WireResponse.Summary(context);
        (summary.MessageCount, summary.BulkId, summary.Outcome) = (messages.Count, bulkId, "messages listed");
        var json = new JObject { ["messages"] = new JArray(messages.Select(ToJson)) };
        return WireResponse.WriteJsonAsync(context, StatusCodes.Status200OK, json.ToString(Formatting.None));
    }

    private static JObject ToJson(AcceptedMessage message) => new()
    {
        ["bulkId"] = message.BulkId,
        ["messageId"] = message.MessageId,
        ["to"] = message.To,
        ["receivedAt"] = WireTime.Format(message.AcceptedAt),
        // Written by the library's own writer, as it went on the wire; not re-parsed, so nothing (a sendAt, say) is reformatted.
        ["message"] = new JRaw(FlexJson.Serialize(message.Message)),
    };
}
