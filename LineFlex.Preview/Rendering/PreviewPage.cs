using System.Globalization;
using System.Text;

namespace LineFlex;

/// <summary>
/// The parts of a preview page: the document around the cards, with a Content-Security-Policy that allows no script,
/// no frame, no form and no fetch but images; and the cards themselves, one per message or bubble, each with its
/// findings, its URLs that are shown as text, and its details.
/// </summary>
internal static class PreviewPage
{
    /// <summary>Opens the document: its head, policy and stylesheet. <paramref name="refreshSeconds"/> adds a meta refresh.</summary>
    public static void Open(StringBuilder html, string title, PreviewOptions options, int? refreshSeconds = null)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
            .Append(ContentSecurityPolicy(options))
            .Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (refreshSeconds is { } seconds)
        {
            html.Append("<meta http-equiv=\"refresh\" content=\"").Append(seconds.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        }

        html.Append("<title>").AppendEscaped(title).Append("</title>\n<style>\n").Append(PreviewStylesheet.Css).Append("\n</style>\n</head>\n<body>\n");
    }

    /// <summary>
    /// The page's Content-Security-Policy: no script, frame, form, fetch or base URL; inline styles; images only when
    /// <see cref="PreviewOptions.LoadImages"/> is on. A server that sends the page can send it as a header too.
    /// </summary>
    public static string ContentSecurityPolicy(PreviewOptions options) =>
        "default-src 'none'; style-src 'unsafe-inline'; img-src "
        + (options.LoadImages ? "https: data: http://127.0.0.1:* http://localhost:*" : "'none'")
        + "; form-action 'none'; base-uri 'none'";

    /// <summary>Closes the document.</summary>
    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    /// <summary>
    /// Writes one message: its chat-list line (sender and altText), its bubble, its findings, and its details.
    /// </summary>
    /// <param name="html">Where to write.</param>
    /// <param name="message">The message.</param>
    /// <param name="marks">The findings of the card; their paths start with the message's path.</param>
    /// <param name="path">The message's wire path (<c>messages[0]</c>), empty when it was validated alone.</param>
    /// <param name="options">How to render.</param>
    /// <param name="id">The card element's id, or null.</param>
    public static void Message(StringBuilder html, LineMessage message, FindingMarks marks, string path, PreviewOptions options, string? id = null)
    {
        html.Append("<section class=\"lf-card\"");
        if (id is not null)
        {
            html.Append(" id=\"").AppendEscaped(id).Append('"');
        }

        html.Append(" data-path=\"").AppendEscaped(path.Length == 0 ? "$" : path).Append("\">\n");
        html.Append("<div class=\"lf-chatlist\"><span class=\"lf-avatar\"></span><div class=\"lf-chatline\"><span class=\"lf-sender\">")
            .AppendEscaped(message.Sender)
            .Append("</span><span class=\"lf-alttext\">")
            .AppendEscaped(message.Content?.AltText)
            .Append("</span></div></div>\n");

        var bubble = message.Content?.Contents;
        var unlinked = bubble is null ? [] : Bubble(html, bubble, marks, FindingMarks.Join(path, "content.contents"), options);
        if (bubble is null)
        {
            html.Append("<p class=\"lf-note\">This message has no bubble (content.contents).</p>\n");
        }

        Report(html, marks, unlinked);
        html.Append("<div class=\"lf-report\"><h2>Details</h2>");
        DetailsWriter.Write(html, message, path, skip: bubble);
        html.Append("</div>\n</section>\n");
    }

    /// <summary>Writes a bubble on its own card with its findings.</summary>
    public static void BubbleCard(StringBuilder html, FlexBubble bubble, FindingMarks marks, PreviewOptions options)
    {
        html.Append("<section class=\"lf-card\" data-path=\"$\">\n");
        var unlinked = Bubble(html, bubble, marks, string.Empty, options);
        Report(html, marks, unlinked);
        html.Append("</section>\n");
    }

    /// <summary>Writes findings that belong to no message (a request's options), as their own list.</summary>
    public static void Findings(StringBuilder html, string heading, IReadOnlyList<FlexFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"lf-report lf-findings\"><h2>").AppendEscaped(heading).Append("</h2><ol>");
        foreach (var finding in findings)
        {
            html.Append("<li class=\"").Append(finding.Severity == FindingSeverity.Error ? "lf-error" : "lf-warning").Append("\"><code>")
                .AppendEscaped(finding.Path.Length == 0 ? "$" : finding.Path)
                .Append("</code>: ")
                .AppendEscaped(finding.Message)
                .Append(" [")
                .AppendEscaped(finding.Code)
                .Append("]</li>");
        }

        html.Append("</ol></div>\n");
    }

    private static IReadOnlyList<(string Path, string Url, string Reason)> Bubble(StringBuilder html, FlexBubble bubble, FindingMarks marks, string path, PreviewOptions options)
    {
        var writer = new BubbleWriter(html, options, marks);
        html.Append("<div class=\"lf-chat\">");
        writer.Write(bubble, path);
        html.Append("</div>\n");
        return writer.Unlinked;
    }

    private static void Report(StringBuilder html, FindingMarks marks, IReadOnlyList<(string Path, string Url, string Reason)> unlinked)
    {
        var errors = marks.Findings.Count(f => f.Severity == FindingSeverity.Error);
        Findings(html, $"Findings: {errors} error(s), {marks.Findings.Count - errors} warning(s)", marks.Findings);
        if (unlinked.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"lf-report lf-unlinked\"><h2>Shown as text, not linked</h2><ul>");
        foreach (var (urlPath, url, reason) in unlinked)
        {
            html.Append("<li class=\"lf-warning\">&#9888; <code>").AppendEscaped(urlPath).Append("</code>: &quot;")
                .AppendEscaped(FlexLimits.Excerpt(url)).Append("&quot; (").AppendEscaped(reason).Append(")</li>");
        }

        html.Append("</ul></div>\n");
    }
}
