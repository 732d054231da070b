using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// The inbox, <c>GET /</c> and <c>GET /messages/{id}</c>: every request <c>POST /line/1/messages</c> received, newest
/// first, each message rendered by <see cref="FlexPreview"/> as a phone chat view with its status, delivery report,
/// findings and raw JSON. It needs no API key (the sandbox listens on loopback only), runs no script and refreshes
/// itself with a meta refresh.
/// </summary>
internal sealed class InboxEndpoint(SandboxJournal journal, FlexValidator? validator, TimeSpan deliveryDelay, TimeProvider clock)
{
    public const string MessagesPath = "/messages/";

    /// <summary>How often the pages reload themselves, in seconds.</summary>
    public const int RefreshSeconds = 5;

    private static readonly PreviewOptions Options = new() { Title = "LineFlex sandbox inbox" };

    /// <summary>A refused request may come from anyone who can reach the port: its images are placeholders, never fetched.</summary>
    private static readonly PreviewOptions RefusedOptions = Options with { LoadImages = false };

    /// <summary>Whether the call is a page of the inbox: a GET of <c>/</c> or <c>/messages/{id}</c>.</summary>
    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path == "/" || (request.Path.Value?.StartsWith(MessagesPath, StringComparison.Ordinal) == true && request.Path.Value.Length > MessagesPath.Length));

    public Task HandleAsync(HttpContext context)
    {
        var entries = journal.Entries.Where(e => e.Request.Method == HttpMethods.Post && e.Request.PathAndQuery.StartsWith(MessagesEndpoint.Path, StringComparison.Ordinal)).Reverse().ToList();
        var html = new StringBuilder(16384);
        if (context.Request.Path == "/")
        {
            PreviewPage.Open(html, "LineFlex sandbox inbox", Options, RefreshSeconds);
            html.Append("<h1>Inbox: ").Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append(" request(s), newest first</h1>\n");
            if (entries.Count == 0)
            {
                html.Append("<p class=\"lf-report\">Nothing received yet. Send to <code>POST ").Append(MessagesEndpoint.Path).Append("</code>; this page reloads every ")
                    .Append(RefreshSeconds.ToString(CultureInfo.InvariantCulture)).Append(" seconds.</p>\n");
            }

            foreach (var entry in entries)
            {
                Entry(html, entry);
            }

            PreviewPage.Close(html);
            return WireResponse.WriteTextAsync(context, StatusCodes.Status200OK, WireResponse.Html, html.ToString());
        }

        var id = Uri.UnescapeDataString(context.Request.Path.Value![MessagesPath.Length..]);
        var found = entries.FirstOrDefault(e => e.Accepted.Any(m => m.MessageId == id) || RequestId(e) == id);
        PreviewPage.Open(html, "LineFlex sandbox: " + id, Options, found is null ? null : RefreshSeconds);
        html.Append("<h1><a class=\"lf-back\" href=\"/\">Inbox</a> / ").AppendEscaped(FlexLimits.Excerpt(id)).Append("</h1>\n");
        if (found is null)
        {
            html.Append("<p class=\"lf-report\">No message with this id is in the inbox; it keeps the most recent requests only.</p>\n");
        }
        else
        {
            Entry(html, found);
        }

        PreviewPage.Close(html);
        return WireResponse.WriteTextAsync(context, found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, WireResponse.Html, html.ToString());
    }

    private static string RequestId(JournalEntry entry) => "request-" + entry.Number.ToString(CultureInfo.InvariantCulture);

    private void Entry(StringBuilder html, JournalEntry entry)
    {
        var received = entry.Request;
        html.Append("<section class=\"lf-entry\" id=\"").Append(RequestId(entry)).Append("\">\n<h2><a href=\"").Append(MessagesPath).Append(RequestId(entry)).Append("\">Request ")
            .Append(entry.Number.ToString(CultureInfo.InvariantCulture)).Append("</a>, received ").Append(Time(received.ReceivedAt)).Append(": ");

        LineRequest? request = null;
        string? problem = null;
        try
        {
            request = FlexJson.Deserialize<LineRequest>(received.Body);
        }
        catch (FlexJsonException exception)
        {
            problem = exception.Message;
        }

        var findings = request is null || validator is null ? [] : validator.Validate(request).Findings;
        html.Append(entry.Accepted.Count > 0
            ? $"accepted, {entry.Accepted.Count} destination(s)"
            : problem is not null ? "refused: the body does not parse"
            : findings.Any(f => f.Severity == FindingSeverity.Error) ? "refused: it breaks a rule"
            : "not accepted (a queued fault answered it)");
        html.Append("</h2>\n");

        if (problem is not null)
        {
            html.Append("<p class=\"lf-report lf-error\">").AppendEscaped(FlexLimits.Excerpt(problem)).Append("</p>\n");
        }

        if (entry.Accepted.Count > 0)
        {
            Destinations(html, entry.Accepted);
        }

        if (request is not null)
        {
            if (entry.Accepted.Count == 0)
            {
                html.Append("<p class=\"lf-report lf-note\">The images of a request that was not accepted are shown as placeholders, not fetched.</p>\n");
            }

            html.Append("<div class=\"lf-phone\">");
            FlexPreview.Request(html, request, findings, entry.Accepted.Count > 0 ? Options : RefusedOptions, RequestId(entry));
            html.Append("</div>\n");
        }

        html.Append("<details class=\"lf-report\"><summary>Raw JSON</summary><pre>").AppendEscaped(Indented(received.Body)).Append("</pre></details>\n</section>\n");
    }

    /// <summary>Each accepted destination with its status now and the delivery report it gets (or got).</summary>
    private void Destinations(StringBuilder html, IReadOnlyList<AcceptedMessage> accepted)
    {
        var now = clock.GetUtcNow();
        html.Append("<table class=\"lf-report lf-details\"><tr><th>message id</th><th>to</th><th>status</th><th>delivery report</th></tr>");
        foreach (var message in accepted)
        {
            var due = message.AcceptedAt + deliveryDelay;
            var delivered = now >= due;
            html.Append("<tr><td><a href=\"").Append(MessagesPath).AppendEscaped(Uri.EscapeDataString(message.MessageId)).Append("\"><code>")
                .AppendEscaped(FlexLimits.Excerpt(message.MessageId)).Append("</code></a></td><td>").AppendEscaped(message.To).Append("</td><td>")
                .Append(delivered ? "DELIVERED" : "PENDING_ACCEPTED").Append("</td><td>");
            if (delivered)
            {
                var report = DeliveryReport.Of(message, due);
                html.Append("<details><summary>").Append(Time(due)).Append(", via ").AppendEscaped(report.Network.Name).Append(" (").Append(report.Network.MccMnc).Append(")</summary><pre>")
                    .AppendEscaped(report.ToJObject().ToString(Formatting.Indented)).Append("</pre></details>");
            }
            else
            {
                html.Append("due ").Append(Time(due));
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>\n");
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Indented(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader).ToString(Formatting.Indented);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
