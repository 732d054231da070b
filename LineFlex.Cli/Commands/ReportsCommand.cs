using System.CommandLine;
using Newtonsoft.Json.Linq;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex reports [--bulk-id ID] [--format json]</c>: pulls delivery reports.</summary>
internal static class ReportsCommand
{
    public static Command Create(CliConsole console)
    {
        var bulkId = new Option<string?>("--bulk-id") { Description = "Only the reports of this bulk." };
        var messageId = new Option<string?>("--message-id") { Description = "Only the report of this message." };
        var limit = RangedOption.OptionalWholeNumber(
            "--limit", "At most this many reports, 1 to 1000 (Infobip's default is 50).", 1, DeliveryReportQuery.MaxLimit, " (Infobip's default is 50)");
        var format = ResultJson.FormatOption("text: a line per report; json: one JSON document, for scripts.");
        var target = new TargetOptions("Read from a fresh sandbox started in-process (which has no reports) instead of the configured target.");
        var command = new Command(
            "reports",
            "Pull delivery reports (each is returned once). From the target named by --base-url and --api-key-file (or --api-key-stdin, --api-key), else by LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY; a standalone sandbox's URL works too), or with --sandbox from a fresh in-process sandbox, which has none.")
        {
            bulkId,
            messageId,
            limit,
            format,
        };
        target.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var json = result.GetValue(format) == ResultJson.Json;
            await using var reportTarget = await target.ResolveAsync(result, console, sandboxByDefault: false, batchSize: null, cancellationToken).ConfigureAwait(false);
            if (!json)
            {
                output.WriteLine(reportTarget.Describe("Reading from"));
            }

            var query = new DeliveryReportQuery { BulkId = result.GetValue(bulkId), MessageId = result.GetValue(messageId), Limit = result.GetValue(limit) };
            var reports = await reportTarget.CallAsync(client => client.GetDeliveryReportsAsync(query, cancellationToken)).ConfigureAwait(false);
            if (json)
            {
                ResultJson.Write(output, new JObject
                {
                    ["target"] = ResultJson.Target(reportTarget),
                    ["count"] = reports.Count,
                    ["reports"] = new JArray(reports.Select(ResultJson.Report)),
                });
                return ExitCode.Success;
            }

            foreach (var report in reports)
            {
                ResultPrinter.Report(output, report);
            }

            output.WriteLine($"{reports.Count} report(s) from {reportTarget.Name}.");
            return ExitCode.Success;
        });
        return command;
    }
}
