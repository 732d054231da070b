using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex send file.json [--dry-run]</c>: parses, validates and sends a request file.</summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A request JSON file (the body of POST /line/1/messages), or one message." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse, validate and print the JSON that would be sent, without sending." };
        var command = new Command(
            "send",
            "Parse, validate and send a request file; print the bulk id and each message's id and status. Sends to Infobip when INFOBIP_BASE_URL and INFOBIP_API_KEY are set, otherwise to an in-process sandbox.")
        {
            file,
            dryRun,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var read = FlexFile.Read(result.GetValue(file)!, error);
            if (read is null)
            {
                return ExitCode.Failure;
            }

            if (read.Node is not (LineRequest or LineMessage))
            {
                error.WriteLine(ErrorLine.Of($"{read.File.Name} is {read.Description}; send takes a request or a message. Make one with 'lineflex import {read.File.Name} --sender S --to N --alt-text T -o request.json'."));
                return ExitCode.Failure;
            }

            var request = read.Node as LineRequest ?? new LineRequest { Messages = [(LineMessage)read.Node] };

            var report = FlexValidator.Default.Validate(request);
            ResultPrinter.Findings(output, report);
            if (!report.IsValid)
            {
                output.WriteLine($"Not sent: {report.Errors.Count} error(s).");
                return ExitCode.Failure;
            }

            if (result.GetValue(dryRun))
            {
                output.WriteLine(FlexJson.Serialize(request, indented: true));
                output.WriteLine("Dry run: valid, not sent.");
                return ExitCode.Success;
            }

            await using var target = await SendTarget.ResolveAsync(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            output.WriteLine(target.Description);
            ResultPrinter.Sent(output, await target.Client.SendAsync(request, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false));
            return ExitCode.Success;
        });
        return command;
    }
}
