using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex format file.json</c>: parses a request and prints it in the canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The request JSON file (the body of POST /line/1/messages)." };
        var compact = new Option<bool>("--compact") { Description = "Print the compact wire JSON instead of indented JSON." };
        var command = new Command("format", "Parse a request file and print it in LineFlex's canonical form (exit code 1 on bad input).")
        {
            file,
            compact,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var request = RequestFile.Read(path, result.InvocationConfiguration.Error);
            if (request is null)
            {
                return ExitCode.Failure;
            }

            result.InvocationConfiguration.Output.WriteLine(FlexJson.Serialize(request, indented: !result.GetValue(compact)));
            return ExitCode.Success;
        });
        return command;
    }
}
