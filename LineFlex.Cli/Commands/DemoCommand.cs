using System.CommandLine;
using LineFlex.Cli.Demo;
using LineFlex.Sandbox;

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

    public static Command Create()
    {
        var compact = new Option<bool>("--compact") { Description = "Print the compact wire JSON instead of indented JSON." };
        var to = new Option<string>("--to") { Description = "The destination phone number (international, digits only).", DefaultValueFactory = _ => "66855538125" };
        var wait = RangedOption.WholeNumber("--wait", "Seconds to wait for the delivery report, 0 to 86400.", 0, (int)RangedOption.MaxSeconds, 30);
        var command = new Command(
            "demo",
            "Build the \"Purchase complete\" notification with the builder, validate it, print its JSON, send it and print the delivery report. Sends to Infobip when INFOBIP_BASE_URL and INFOBIP_API_KEY are set, otherwise to an in-process sandbox.")
        {
            compact,
            to,
            wait,
        };
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

            await using var target = await SendTarget.ResolveAsync(TimeSpan.FromSeconds(1), sandbox: false, sandboxByDefault: true, cancellationToken).ConfigureAwait(false);
            output.WriteLine("4. " + target.Description);
            var sent = await target.Client.SendAsync(request, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false);
            output.WriteLine("5. Infobip's answer:");
            ResultPrinter.Sent(output, sent);

            output.WriteLine("6. Waiting for the delivery report...");
            var reports = await DeliveryWait.ForReportsAsync(
                    target.Client, sent.BulkId, sent.Messages.Count, TimeSpan.FromSeconds(result.GetValue(wait)), TimeSpan.FromMilliseconds(500), cancellationToken)
                .ConfigureAwait(false);
            foreach (var delivery in reports)
            {
                ResultPrinter.Report(output, delivery);
            }

            if (reports.Count < sent.Messages.Count)
            {
                output.WriteLine($"No delivery report yet after {result.GetValue(wait)} s; pull it later with: lineflex reports --bulk-id {Excerpt.Of(sent.BulkId ?? string.Empty)}");
            }

            var preview = Path.Combine(Path.GetTempPath(), PreviewFileName);
            await File.WriteAllTextAsync(preview, FlexPreview.Render(request), cancellationToken).ConfigureAwait(false);
            output.WriteLine($"7. Its preview, as LINE lays it out: {preview}");
            if (!target.IsSandbox && target.Client.BaseUrl.IsLoopback)
            {
                output.WriteLine($"   If {target.Client.BaseUrl} is a LineFlex sandbox, its inbox shows the message at {target.Client.BaseUrl}");
            }

            return ExitCode.Success;
        });
        return command;
    }
}
