using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex export file.json --dialect line [-o simulator.json]</c>: writes a bubble in LINE's own dialect, for the Flex Message Simulator.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = FlexFile.Argument("A request of one message, a message, a content or a bubble, in Infobip's dialect.");
        var dialect = new Option<string>("--dialect") { Description = "The dialect to write: line (LINE's own, as the Flex Message Simulator reads it).", Required = true };
        dialect.AcceptOnlyFromAmong("line");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON to this file instead of printing it." };
        var command = new Command("export", "Write a bubble in LINE's own Flex dialect, to paste into the Flex Message Simulator; a content, message or one-message request becomes a flex message.")
        {
            file, dialect, output,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var read = FlexFile.Read(result.GetValue(file)!, error);
            if (read is null)
            {
                return ExitCode.Failure;
            }

            if (read.Import is not null)
            {
                error.WriteLine(ErrorLine.Of($"{read.File.Name} is {read.Description}, already LINE's dialect; 'lineflex import' reads it into Infobip's."));
                return ExitCode.Failure;
            }

            if (read.Node is LineRequest { Messages.Count: not 1 } request)
            {
                error.WriteLine(ErrorLine.Of($"{read.File.Name} holds {request.Messages.Count} messages; LINE's dialect writes one flex message. Put the message to export in a file of its own."));
                return ExitCode.Failure;
            }

            var export = LineDialect.ExportWithFindings(read.Node);
            ResultPrinter.Findings(error, read.File.Name, LocatedFinding.Locate(read.Text, export.Findings));
            if (export.HasErrors)
            {
                error.WriteLine(ErrorLine.Of("Not written: LINE would refuse what the errors above name."));
                return ExitCode.Failure;
            }

            OutputFile.Write(result.GetValue(output), export.Json, result.InvocationConfiguration.Output);
            return ExitCode.Success;
        });
        return command;
    }
}
