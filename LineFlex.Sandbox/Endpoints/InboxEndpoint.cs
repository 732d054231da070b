using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Sandbox;

/// <summary>
/// The inbox, <c>GET /</c> and <c>GET /messages/{id}</c>: every request <c>POST /line/1/messages</c> received, newest
/// first, each message rendered by <see cref="FlexPreview"/> as a phone chat view with its status, delivery report,
/// findings and raw JSON. It needs no API key (the sandbox answers loopback host names only), runs no script and
/// refreshes itself with a meta refresh. Its pages are bounded: <see cref="MaxEntriesShown"/> requests, at most
/// <see cref="PageBudget"/> bytes, <see cref="MaxBodyShown"/> characters of each body; whatever is left out is said.
/// </summary>
internal sealed class InboxEndpoint(
    SandboxJournal journal,
    FlexValidator? validator,
    TimeSpan deliveryDelay,
    TimeProvider clock,
    DeliveryScheduler deliveries,
    int reportCapacity)
{
    public const string MessagesPath = "/messages/";

    /// <summary>How often the pages reload themselves, in seconds.</summary>
    public const int RefreshSeconds = 5;

    /// <summary>How many requests the inbox page shows, the newest; each of the others opens on its own page.</summary>
    public const int MaxEntriesShown = 50;

    /// <summary>The largest page, in bytes of HTML: 4 MiB.</summary>
    public const int PageBudget = 4 * 1024 * 1024;

    /// <summary>The most one request may take on the inbox page in full; a larger one is shown without its rendering.</summary>
    public const int EntryBudget = 1024 * 1024;

    /// <summary>How many characters of a body its raw JSON shows: 64 KiB.</summary>
    public const int MaxBodyShown = 64 * 1024;

    /// <summary>How many findings a request shown without its rendering lists.</summary>
    public const int MaxFindingsListed = 100;

    /// <summary>Room kept at the end of a page for what it leaves out and its closing tags.</summary>
    private const int Reserve = 16 * 1024;

    /// <summary>How many of the requests a page leaves out it links to.</summary>
    private const int MaxOmittedLinks = 20;

    private static readonly PreviewOptions Options = new() { Title = "LineFlex sandbox inbox" };

    /// <summary>A refused request may come from anyone who can reach the port: its images are placeholders, never fetched.</summary>
    private static readonly PreviewOptions RefusedOptions = Options with { LoadImages = false };

    /// <summary>The pages' Content-Security-Policy: the preview's own, and no framing.</summary>
    private static readonly string PagePolicy = PreviewPage.ContentSecurityPolicy(Options) + "; frame-ancestors 'none'";

    /// <summary>Whether the call is a page of the inbox: a GET of <c>/</c> or <c>/messages/{id}</c>.</summary>
    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path == "/" || (request.Path.Value?.StartsWith(MessagesPath, StringComparison.Ordinal) == true && request.Path.Value.Length > MessagesPath.Length));

    public Task HandleAsync(HttpContext context)
    {
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = PagePolicy;
        var entries = journal.Entries.Where(e => e.Request.Method == HttpMethods.Post && e.Request.PathAndQuery.StartsWith(MessagesEndpoint.Path, StringComparison.Ordinal)).Reverse().ToList();
        var html = new StringBuilder(16384);
        if (context.Request.Path == "/")
        {
            PreviewPage.Open(html, "LineFlex sandbox inbox", Options, RefreshSeconds);
            html.Append("<h1>Inbox: ").Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append(" request(s), newest first</h1>\n");
            Dropped(html);
            if (entries.Count == 0)
            {
                html.Append("<p class=\"lf-report\">Nothing received yet. Send to <code>POST ").Append(MessagesEndpoint.Path).Append("</code>; this page reloads every ")
                    .Append(RefreshSeconds.ToString(CultureInfo.InvariantCulture)).Append(" seconds.</p>\n");
            }

            var used = Encoding.UTF8.GetByteCount(html.ToString());
            var shown = 0;
            foreach (var entry in entries.Take(MaxEntriesShown))
            {
                var part = Entry(entry, EntryBudget, onItsOwnPage: false);
                var size = Encoding.UTF8.GetByteCount(part);
                if (used + size > PageBudget - Reserve)
                {
                    break;
                }

                html.Append(part);
                used += size;
                shown++;
            }

            Omitted(html, entries.Skip(shown).ToList(), shown < Math.Min(entries.Count, MaxEntriesShown));
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
            html.Append(Entry(found, PageBudget - Reserve - Encoding.UTF8.GetByteCount(html.ToString()), onItsOwnPage: true));
        }

        PreviewPage.Close(html);
        return WireResponse.WriteTextAsync(context, found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, WireResponse.Html, html.ToString());
    }

    private static string RequestId(JournalEntry entry) => "request-" + entry.Number.ToString(CultureInfo.InvariantCulture);

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Says how many delivery reports were dropped unpulled, if any.</summary>
    private void Dropped(StringBuilder html)
    {
        var dropped = deliveries.Dropped;
        if (dropped > 0)
        {
            html.Append("<p class=\"lf-report lf-warning\">").Append(Count(dropped)).Append(" delivery report(s) were dropped unpulled: the sandbox keeps at most ")
                .Append(Count(reportCapacity)).Append(" reports waiting to be pulled (SandboxOptions.ReportCapacity). Pull them from <code>GET ")
                .Append(ReportsEndpoint.Path).Append("</code>, or raise the capacity.</p>\n");
        }
    }

    /// <summary>Says which requests the inbox page leaves out, and links to the newest of them.</summary>
    private static void Omitted(StringBuilder html, IReadOnlyList<JournalEntry> omitted, bool forSize)
    {
        if (omitted.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"lf-report lf-warning\">").Append(Count(omitted.Count)).Append(" older request(s) not shown: this page shows ")
            .Append(forSize ? $"at most {Count(PageBudget / 1024 / 1024)} MiB" : $"the {MaxEntriesShown} newest").Append(". Each opens on its own page:");
        foreach (var entry in omitted.Take(MaxOmittedLinks))
        {
            html.Append(" <a href=\"").Append(MessagesPath).Append(RequestId(entry)).Append("\">").Append(RequestId(entry)).Append("</a>");
        }

        html.Append(omitted.Count > MaxOmittedLinks ? " ...</p>\n" : "</p>\n");
    }

    /// <summary>
    /// One request: in full when it takes at most <paramref name="budget"/> bytes, otherwise without its rendering, with
    /// its first findings and its raw JSON.
    /// </summary>
    private string Entry(JournalEntry entry, int budget, bool onItsOwnPage)
    {
        LineRequest? request = null;
        string? problem = null;
        try
        {
            request = FlexJson.Deserialize<LineRequest>(entry.Request.Body);
        }
        catch (FlexJsonException exception)
        {
            problem = exception.Message;
        }

        var findings = request is null || validator is null ? [] : validator.Validate(request).Findings;
        var html = new StringBuilder(4096);
        Head(html, entry, problem, findings);
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

        RawJson(html, entry.Request.Body);
        html.Append("</section>\n");
        var size = Encoding.UTF8.GetByteCount(html.ToString());
        if (size <= budget)
        {
            return html.ToString();
        }

        html.Clear();
        Head(html, entry, problem, findings);
        html.Append("<p class=\"lf-report lf-warning\">This request is too large to show here: rendered, it takes ").Append(Count(size))
            .Append(" bytes, more than the ").Append(Count(budget)).Append(" this page has room for. Its findings and raw JSON follow");
        if (!onItsOwnPage)
        {
            html.Append("; <a href=\"").Append(MessagesPath).Append(RequestId(entry)).Append("\">its own page</a> has more room");
        }

        html.Append(".</p>\n");
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        PreviewPage.Findings(html, $"Findings: {errors} error(s), {findings.Count - errors} warning(s)", [.. findings.Take(MaxFindingsListed)]);
        if (findings.Count > MaxFindingsListed)
        {
            html.Append("<p class=\"lf-report lf-warning\">").Append(Count(findings.Count - MaxFindingsListed)).Append(" more finding(s) not shown.</p>\n");
        }

        RawJson(html, entry.Request.Body);
        html.Append("</section>\n");
        return html.ToString();
    }

    /// <summary>The request's heading, status, parse error and destinations; the section it opens is closed by the caller.</summary>
    private void Head(StringBuilder html, JournalEntry entry, string? problem, IReadOnlyList<FlexFinding> findings)
    {
        var received = entry.Request;
        html.Append("<section class=\"lf-entry\" id=\"").Append(RequestId(entry)).Append("\">\n<h2><a href=\"").Append(MessagesPath).Append(RequestId(entry)).Append("\">Request ")
            .Append(entry.Number.ToString(CultureInfo.InvariantCulture)).Append("</a>, received ").Append(Time(received.ReceivedAt)).Append(": ");
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
    }

    /// <summary>
    /// The body as received, indented when it is one JSON value and nothing else, up to <see cref="MaxBodyShown"/>
    /// characters; a longer body is cut there, and the summary, always visible, says how many bytes are left out.
    /// </summary>
    private static void RawJson(StringBuilder html, string body)
    {
        html.Append("<details class=\"lf-report\"><summary>Raw JSON");
        if (body.Length <= MaxBodyShown)
        {
            html.Append("</summary><pre>").AppendEscaped(Indented(body)).Append("</pre></details>\n");
            return;
        }

        var cut = char.IsHighSurrogate(body[MaxBodyShown - 1]) ? MaxBodyShown - 1 : MaxBodyShown;
        var more = Count(Encoding.UTF8.GetByteCount(body.AsSpan(cut)));
        html.Append(" (truncated, ").Append(more).Append(" bytes more)</summary><pre>").AppendEscaped(body[..cut])
            .Append("</pre><p class=\"lf-warning\">... truncated, ").Append(more).Append(" bytes more.</p></details>\n");
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
                .AppendEscaped(FlexLimits.Excerpt(message.MessageId)).Append("</code></a></td><td>").AppendEscaped(message.To).Append("</td><td class=\"lf-status\">")
                .Append(delivered ? "DELIVERED" : "PENDING_ACCEPTED").Append("</td><td>");
            if (delivered)
            {
                var report = DeliveredReport.Of(message, due);
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

    /// <summary>The body indented when it is exactly one JSON value; otherwise as received, so nothing after a first value is hidden.</summary>
    private static string Indented(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var value = JToken.ReadFrom(reader);
            return reader.Read() ? body : value.ToString(Formatting.Indented);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
