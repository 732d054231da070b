using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex send file.json [--dry-run]</c>: parses, validates and sends a request file.</summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A request JSON file (the body of POST /line/1/messages), one message, or a content or bubble (either dialect) with --sender and --to." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse, validate and print the JSON that would be sent, without sending." };
        var sender = new Option<string?>("--sender") { Description = "For a content or bubble file: the LINE Official Account id that sends it." };
        var to = new Option<string?>("--to") { Description = "For a content or bubble file: the recipient's phone number." };
        var altText = new Option<string?>("--alt-text") { Description = "For a bare bubble: the alt text." };
        var sandbox = new Option<bool>("--sandbox") { Description = "Send to a sandbox started in-process instead of the configured target." };
        var command = new Command(
            "send",
            "Parse, validate and send a request file; print the bulk id and each message's id and status. Sends to the target named by LineFlex__BaseUrl and LineFlex__ApiKey (or INFOBIP_BASE_URL and INFOBIP_API_KEY), or with --sandbox to an in-process sandbox.")
        {
            file,
            dryRun,
            sender,
            to,
            altText,
            sandbox,
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

            var (senderValue, toValue, altTextValue) = (result.GetValue(sender), result.GetValue(to), result.GetValue(altText));
            var request = read.Node switch
            {
                LineRequest or LineMessage when (senderValue, toValue, altTextValue) != (null, null, null) =>
                    throw new CommandFailedException($"{read.File.Name} is {read.Description}, which has its own sender, recipients and alt text; leave out --sender, --to and --alt-text."),
                LineRequest whole => whole,
                LineMessage message => new LineRequest { Messages = [message] },
                _ => read.ToRequest(senderValue, toValue, altTextValue),
            };

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

            await using var target = await SendTarget.ResolveAsync(TimeSpan.FromSeconds(1), result.GetValue(sandbox), sandboxByDefault: false, cancellationToken).ConfigureAwait(false);
            output.WriteLine(target.Description);
            ResultPrinter.Sent(output, await target.Client.SendAsync(request, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false));
            return ExitCode.Success;
        });
        return command;
    }
}
