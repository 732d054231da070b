using System.Text;

namespace LineFlex;

/// <summary>
/// Renders a bubble, a message or a whole request as one self-contained HTML document laid out as LINE lays it out:
/// inline CSS, no script, nothing fetched but images (and those only from <c>https:</c>, or not at all with
/// <see cref="PreviewOptions.LoadImages"/> off). Every text is escaped, only safe URLs become links, and a tree that
/// breaks a rule still renders, with the validator's findings listed under its card and the offending components
/// outlined.
/// </summary>
/// <remarks>Thread-safe; see docs/preview.md for what is shown exactly, approximately, or not at all.</remarks>
public static class FlexPreview
{
    private const string DefaultTitle = "LineFlex preview";

    /// <summary>Renders one bubble on its own card.</summary>
    public static string Render(FlexBubble bubble, PreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        options ??= PreviewOptions.Default;
        var marks = new FindingMarks(Validator(options).Validate(bubble).Findings, string.Empty);
        var html = new StringBuilder(8192);
        PreviewPage.Open(html, options.Title ?? DefaultTitle, options);
        PreviewPage.BubbleCard(html, bubble, marks, options);
        PreviewPage.Close(html);
        return html.ToString();
    }

    /// <summary>Renders one message: its chat-list line (sender and <c>altText</c>), its bubble, findings and details.</summary>
    public static string Render(LineMessage message, PreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        options ??= PreviewOptions.Default;
        var marks = new FindingMarks(Validator(options).Validate(message).Findings, string.Empty);
        var html = new StringBuilder(8192);
        PreviewPage.Open(html, options.Title ?? DefaultTitle, options);
        PreviewPage.Message(html, message, marks, string.Empty, options);
        PreviewPage.Close(html);
        return html.ToString();
    }

    /// <summary>Renders a request: one card per message, and the findings about the request as a whole.</summary>
    public static string Render(LineRequest request, PreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= PreviewOptions.Default;
        var html = new StringBuilder(8192);
        PreviewPage.Open(html, options.Title ?? DefaultTitle, options);
        Request(html, request, Validator(options).Validate(request).Findings, options);
        PreviewPage.Close(html);
        return html.ToString();
    }

    /// <summary>
    /// Renders every sample of every template of <paramref name="templates"/> on one page, in the registry's order: a
    /// section per template (its name, description and a card per sample, sent by <see cref="FlexSampleMessages.Sender"/>).
    /// A sample the template cannot build is shown as an error in its place, naming the template, the sample and why.
    /// </summary>
    public static string Render(FlexTemplateRegistry templates, PreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        options ??= PreviewOptions.Default;
        var html = new StringBuilder(65536);
        PreviewPage.Open(html, options.Title ?? "LineFlex templates", options);
        html.Append("<h1>").Append(templates.Templates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" template(s)</h1>\n");
        foreach (var template in templates.Templates)
        {
            html.Append("<section class=\"lf-entry\" id=\"").AppendEscaped(template.Name).Append("\">\n<h2>").AppendEscaped(template.Name).Append("</h2>\n")
                .Append("<p class=\"lf-report\">").AppendEscaped(template.Description).Append("</p>\n");
            foreach (var sample in Samples(html, template))
            {
                var id = template.Name + "." + sample;
                html.Append("<h2 id=\"").AppendEscaped(id).Append("\">").AppendEscaped(id).Append("</h2>\n");
                LineRequest request;
                try
                {
                    request = FlexSampleMessages.Request(template, sample);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Failed(html, $"{template.Name} could not build its sample \"{sample}\"", e);
                    continue;
                }

                Request(html, request, Validator(options).Validate(request).Findings, options, id);
            }

            html.Append("</section>\n");
        }

        PreviewPage.Close(html);
        return html.ToString();
    }

    private static IReadOnlyList<string> Samples(StringBuilder html, IFlexTemplate template)
    {
        try
        {
            return template.SampleNames;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failed(html, $"{template.Name} could not list its samples", e);
            return [];
        }
    }

    private static void Failed(StringBuilder html, string what, Exception e) =>
        html.Append("<div class=\"lf-report\"><p class=\"lf-error\">").AppendEscaped(what).Append(": ")
            .AppendEscaped(e.GetType().Name).Append(": ").AppendEscaped(FlexLimits.Excerpt(e.Message)).Append("</p></div>\n");

    /// <summary>Writes the cards of <paramref name="request"/> with <paramref name="findings"/> at request paths.</summary>
    internal static void Request(StringBuilder html, LineRequest request, IReadOnlyList<FlexFinding> findings, PreviewOptions options, string? idPrefix = null)
    {
        var messages = request.Messages ?? ValueList<LineMessage>.Empty;
        var paths = Enumerable.Range(0, messages.Count).Select(i => "messages[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]").ToArray();
        PreviewPage.Findings(html, "Findings about the request", findings.Where(f => !paths.Any(p => FindingMarks.Within(p, f.Path))).ToArray());
        if (request.Options is not null)
        {
            html.Append("<div class=\"lf-report\"><h2>Request</h2>");
            DetailsWriter.Write(html, request, string.Empty, skip: request.Messages);
            html.Append("</div>\n");
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is { } message)
            {
                PreviewPage.Message(html, message, new FindingMarks(findings, paths[i]), paths[i], options, idPrefix is null ? null : idPrefix + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static FlexValidator Validator(PreviewOptions options) => options.Validator ?? FlexValidator.Default;
}
