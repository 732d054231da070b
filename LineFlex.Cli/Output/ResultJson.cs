using System.CommandLine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Cli;

/// <summary>
/// <c>--format json</c>: a command's result as one JSON document on stdout, for scripts. Property names are camelCase,
/// never renamed, and always present (null when there is no value); docs/cli.md lists them. Failures are not part of
/// the document: they stay one <c>error:</c> line on stderr, with stdout left empty.
/// </summary>
internal static class ResultJson
{
    public const string Json = "json";

    /// <summary>The <c>--format</c> option: <c>text</c> (the default) or <c>json</c>.</summary>
    public static Option<string> FormatOption(string description)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", Json);
        return format;
    }

    /// <summary>Writes <paramref name="document"/>, indented, and a line break after it.</summary>
    public static void Write(TextWriter output, JObject document)
    {
        using (var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            document.WriteTo(writer);
        }

        output.WriteLine();
    }

    /// <summary>Where the command talked to: <c>{"url": ..., "sandbox": true, "inProcess": false}</c>.</summary>
    public static JObject Target(SendTarget target) => new()
    {
        ["url"] = target.Client.BaseUrl.AbsoluteUri,
        ["sandbox"] = target.IsSandbox,
        ["inProcess"] = target.InProcess,
    };

    /// <summary>A finding of the validator: severity, code, path in the request, message.</summary>
    public static JObject Finding(FlexFinding finding) =>
        Finding(finding.Severity, finding.Code, finding.Path, finding.Message);

    /// <summary>A finding located in a file: as <see cref="Finding(FlexFinding)"/>, with its line and position.</summary>
    public static JObject Finding(LocatedFinding finding)
    {
        var json = Finding(finding.Severity, finding.Code, finding.Path, finding.Message);
        json.Property("path")!.AddAfterSelf(new JProperty("position", finding.LinePosition));
        json.Property("path")!.AddAfterSelf(new JProperty("line", finding.LineNumber));
        return json;
    }

    /// <summary>One destination of an accepted message: its id, phone number and status.</summary>
    public static JObject Sent(SentMessage message) => new()
    {
        ["messageId"] = message.MessageId,
        ["to"] = message.Destination,
        ["status"] = message.Status is not { } status ? null : Status(status.GroupId, status.GroupName, status.Id, status.Name, status.Description, status.Action),
    };

    /// <summary>A delivery report, its properties named as Infobip names them on the wire.</summary>
    public static JObject Report(DeliveryReport report) => new()
    {
        ["bulkId"] = report.BulkId,
        ["messageId"] = report.MessageId,
        ["to"] = report.To,
        ["sender"] = report.Sender,
        ["sentAt"] = report.SentAt,
        ["doneAt"] = report.DoneAt,
        ["messageCount"] = report.MessageCount,
        ["mccMnc"] = report.MccMnc,
        ["callbackData"] = report.CallbackData,
        ["campaignReferenceId"] = report.CampaignReferenceId,
        ["price"] = report.Price is not { } price ? null : new JObject
        {
            ["pricePerMessage"] = price.PricePerMessage,
            ["currency"] = price.Currency,
        },
        ["status"] = report.Status is not { } status ? null : Status(status.GroupId, status.GroupName, status.Id, status.Name, status.Description, status.Action),
        ["error"] = report.Error is not { } error ? null : new JObject
        {
            ["groupId"] = error.GroupId,
            ["groupName"] = error.GroupName,
            ["id"] = error.Id,
            ["name"] = error.Name,
            ["description"] = error.Description,
            ["permanent"] = error.Permanent,
        },
        ["platform"] = report.Platform is not { } platform ? null : new JObject
        {
            ["entityId"] = platform.EntityId,
            ["applicationId"] = platform.ApplicationId,
        },
    };

    /// <summary>A status, of a send's answer or of a report: the same six properties in both.</summary>
    private static JObject Status(int? groupId, string? groupName, int? id, string? name, string? description, string? action) => new()
    {
        ["groupId"] = groupId,
        ["groupName"] = groupName,
        ["id"] = id,
        ["name"] = name,
        ["description"] = description,
        ["action"] = action,
    };

    private static JObject Finding(FindingSeverity severity, string code, string path, string message) => new()
    {
        ["severity"] = severity == FindingSeverity.Error ? "error" : "warning",
        ["code"] = code,
        ["path"] = path,
        ["message"] = message,
    };
}
