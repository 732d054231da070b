using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex format file.json</c>: parses a JSON file of any shape and prints it in Infobip's canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var compact = new Option<bool>("--compact") { Description = "Print the compact wire JSON instead of indented JSON." };
        var command = new Command("format", "Parse a JSON file and print it in LineFlex's canonical form, in Infobip's dialect (exit code 1 on bad input).")
        {
            compact,
        };
        file.AddTo(command);
        command.SetAction(result =>
        {
            var read = file.ReadSettled(result, "Not formatted");
            if (read is null)
            {
                return ExitCode.Failure;
            }

            result.InvocationConfiguration.Output.WriteLine(FlexJson.Serialize(read.Node, indented: !result.GetValue(compact)));
            return ExitCode.Success;
        });
        return command;
    }
}
