using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex codegen file.json [--name OrderShipped] [-o OrderShipped.cs]</c>: writes the C# builder code that makes the file's tree.</summary>
internal static class CodegenCommand
{
    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var name = new Option<string?>("--name") { Description = "Write a whole C# file with a static template method of this name (OrderShipped) instead of an expression." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the code to this file instead of printing it." };
        var noLoops = new Option<bool>("--no-loops") { Description = "Write every repeated row out instead of a loop over its data." };
        var command = new Command("codegen", "Write the LineFlex builder code that makes the file's tree: the fluent chain a person would write, proven equal by the test suite.")
        {
            name, output, noLoops,
        };
        file.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var read = file.ReadSettled(result, "No code written");
            if (read is null)
            {
                return ExitCode.Failure;
            }

            string code;
            try
            {
                code = FlexCode.Generate(read.Node, new FlexCodeOptions { MethodName = result.GetValue(name), Loops = !result.GetValue(noLoops) });
            }
            catch (ArgumentException e)
            {
                error.WriteLine(ErrorLine.Of(e.Message.Replace(" (Parameter 'MethodName')", string.Empty, StringComparison.Ordinal).Replace("MethodName takes", "--name takes", StringComparison.Ordinal)));
                return ExitCode.Usage;
            }

            OutputFile.Write(result.GetValue(output), code, result.InvocationConfiguration.Output);
            return ExitCode.Success;
        });
        return command;
    }
}
