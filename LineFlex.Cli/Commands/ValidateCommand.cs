using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex validate file.json</c>: prints one line per finding, errors first; exit code 1 when there is an error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The request JSON file (the body of POST /line/1/messages)." };
        var command = new Command(
            "validate",
            "Check a request file against every documented rule. Prints 'path: message [code]' per finding, errors before warnings; exit code 1 when there is any error.")
        {
            file,
        };
        command.SetAction(result =>
        {
            var request = RequestFile.Read(result.GetValue(file)!, result.InvocationConfiguration.Error);
            if (request is null)
            {
                return ExitCode.Failure;
            }

            var report = FlexValidator.Default.Validate(request);
            var output = result.InvocationConfiguration.Output;
            ResultPrinter.Findings(output, report);

            output.WriteLine(report.IsValid
                ? $"Valid: {report.Warnings.Count} warning(s)."
                : $"Invalid: {report.Errors.Count} error(s), {report.Warnings.Count} warning(s).");
            return report.IsValid ? ExitCode.Success : ExitCode.Failure;
        });
        return command;
    }
}
