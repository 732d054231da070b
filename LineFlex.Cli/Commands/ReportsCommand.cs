using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex reports [--bulk-id ID]</c>: pulls delivery reports.</summary>
internal static class ReportsCommand
{
    public static Command Create()
    {
        var bulkId = new Option<string?>("--bulk-id") { Description = "Only the reports of this bulk." };
        var messageId = new Option<string?>("--message-id") { Description = "Only the report of this message." };
        var sandbox = new Option<bool>("--sandbox") { Description = "Read from a fresh sandbox started in-process (which has no reports) instead of the configured target." };
        var limit = RangedOption.OptionalWholeNumber(
            "--limit", "At most this many reports, 1 to 1000 (Infobip's default is 50).", 1, DeliveryReportQuery.MaxLimit, " (Infobip's default is 50)");
        var command = new Command(
            "reports",
            "Pull delivery reports (each is returned once). From the target named by LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY; a standalone sandbox's URL works too), or with --sandbox from a fresh in-process sandbox, which has none.")
        {
            bulkId,
            messageId,
            limit,
            sandbox,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var target = await SendTarget.ResolveAsync(TimeSpan.FromSeconds(1), result.GetValue(sandbox), sandboxByDefault: false, cancellationToken).ConfigureAwait(false);
            output.WriteLine(target.Description.Replace("Sending to", "Reading from", StringComparison.Ordinal));
            var reports = await target.Client.GetDeliveryReportsAsync(
                    new DeliveryReportQuery { BulkId = result.GetValue(bulkId), MessageId = result.GetValue(messageId), Limit = result.GetValue(limit) },
                    cancellationToken)
                .ConfigureAwait(false);
            foreach (var report in reports)
            {
                ResultPrinter.Report(output, report);
            }

            output.WriteLine($"{reports.Count} report(s).");
            return ExitCode.Success;
        });
        return command;
    }
}
