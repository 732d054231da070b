using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex import simulator.json [-o request.json] [--sender S --to N --alt-text T]</c>: reads LINE's own Flex JSON into
/// Infobip's dialect, printing what could not come along.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new FileInput("LINE's Flex JSON, as the Flex Message Simulator writes it: a bubble, a carousel or a flex message.");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON to this file instead of printing it." };
        var sender = new Option<string?>("--sender") { Description = "The LINE Official Account id: with --to, writes a whole request." };
        var to = new Option<string?>("--to") { Description = "The recipient's phone number: with --sender, writes a whole request." };
        var altText = new Option<string?>("--alt-text") { Description = "The alt text, when the file is a bare bubble or carousel (a flex message has its own)." };
        var command = new Command(
            "import",
            "Read LINE's own Flex JSON (the Flex Message Simulator's) into Infobip's dialect: a request with --sender and --to, else the content or bubble. Prints what Infobip cannot carry, with file positions; writes nothing while such an error is left.")
        {
            output, sender, to, altText,
        };
        file.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var read = file.Read(result);
            if (read is null)
            {
                return ExitCode.Failure;
            }

            if (read.Import is not { } import)
            {
                error.WriteLine(ErrorLine.Of($"{read.File.Name} is {read.Description}, already Infobip's dialect. Check it with 'lineflex validate', or turn it into LINE's with 'lineflex export --dialect line'."));
                return ExitCode.Failure;
            }

            ResultPrinter.Findings(error, read.File.Name, import.Findings);
            if (!FileInput.Settled(read, error, "Not written"))
            {
                return ExitCode.Failure;
            }

            var (senderValue, toValue, altTextValue) = (result.GetValue(sender), result.GetValue(to), result.GetValue(altText));
            object node = senderValue is null && toValue is null
                ? altTextValue is null && import.AltText is null ? import.Bubble : import.ToContent(altTextValue)
                : read.ToRequest(senderValue, toValue, altTextValue);
            OutputFile.Write(result.GetValue(output), FlexJson.Serialize(node, indented: true), result.InvocationConfiguration.Output);
            return import.HasErrors ? ExitCode.Failure : ExitCode.Success;
        });
        return command;
    }
}
