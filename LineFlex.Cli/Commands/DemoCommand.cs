using System.CommandLine;
using LineFlex.Cli.Demo;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex demo</c>: the whole path. Builds the "Purchase complete" notification with the builder,
/// validates it, prints its JSON, sends it (to Infobip or an in-process sandbox), prints the bulk id,
/// message id and status, then waits for the delivery report and prints it.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The preview the demo writes to the temporary folder.</summary>
    public const string PreviewFileName = "lineflex-demo-preview.html";

    public static Command Create(CliConsole console)
    {
        var compact = new Option<bool>("--compact") { Description = "Print the compact wire JSON instead of indented JSON." };
        var to = new Option<string>("--to") { Description = "The destination phone number (international, digits only).", DefaultValueFactory = _ => "66855538125" };
        var wait = RangedOption.WholeNumber("--wait", "Seconds to wait for the delivery report, 0 to 86400.", 0, (int)RangedOption.MaxSeconds, 30);
        var command = new Command(
            "demo",
            "Build the \"Purchase complete\" notification with the builder, validate it, print its JSON, send it and print the delivery report. Sends to the target named by --base-url and --api-key-file (or --api-key-stdin, --api-key), else by LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY); with none, to an in-process sandbox.")
        {
            compact,
            to,
            wait,
        };
        var target = new TargetOptions(sandboxDescription: null);
        target.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var request = PurchaseComplete.Request(to: result.GetValue(to)!);

            output.WriteLine("1. Built the \"Purchase complete\" notification with the builder.");
            var report = FlexValidator.Default.Validate(request);
            output.WriteLine($"2. Validated it: {report.Errors.Count} error(s), {report.Warnings.Count} warning(s).");
            ResultPrinter.Findings(output, report);
            if (!report.IsValid)
            {
                return ExitCode.Failure;
            }

            output.WriteLine("3. Its JSON:");
            output.WriteLine(FlexJson.Serialize(request, indented: !result.GetValue(compact)));

            await using var sendTarget = await target.ResolveAsync(result, console, sandboxByDefault: true, batchSize: null, cancellationToken).ConfigureAwait(false);
            output.WriteLine("4. " + sendTarget.Describe("Sending to"));
            var sent = await sendTarget.CallAsync(client => client.SendAsync(request, SendOptions.WithoutValidation, cancellationToken)).ConfigureAwait(false);
            output.WriteLine($"5. {sendTarget.Answerer}'s answer:");
            ResultPrinter.Sent(output, sent);

            output.WriteLine("6. Waiting for the delivery report...");
            var seconds = result.GetValue(wait);
            var progress = new ProgressLine(console);
            IReadOnlyList<DeliveryReport> reports;
            try
            {
                reports = await DeliveryWait.ForReportsAsync(
                        sendTarget,
                        sent.BulkId,
                        sent.Messages.Count,
                        TimeSpan.FromSeconds(seconds),
                        TimeSpan.FromMilliseconds(500),
                        count => progress.Show($"Waiting up to {seconds} s for delivery reports: {count} of {sent.Messages.Count} so far"),
                        cancellationToken)
                    .ConfigureAwait(false);
            }
            finally
            {
                progress.End();
            }

            foreach (var delivery in reports)
            {
                ResultPrinter.Report(output, delivery);
            }

            if (reports.Count < sent.Messages.Count)
            {
                output.WriteLine($"No delivery report from {sendTarget.Name} yet after {seconds} s; pull it later with: lineflex reports --bulk-id {FlexLimits.Excerpt(sent.BulkId ?? string.Empty)}");
            }

            var preview = Path.Combine(Path.GetTempPath(), PreviewFileName);
            await File.WriteAllTextAsync(preview, FlexPreview.Render(request), cancellationToken).ConfigureAwait(false);
            output.WriteLine($"7. Its preview, as LINE lays it out: {preview}");
            if (sendTarget.IsSandbox && !sendTarget.InProcess)
            {
                output.WriteLine($"   The sandbox's inbox shows the message at {sendTarget.Client.BaseUrl}");
            }

            return ExitCode.Success;
        });
        return command;
    }
}
