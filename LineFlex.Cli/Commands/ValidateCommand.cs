using System.CommandLine;
using Newtonsoft.Json.Linq;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex validate file.json [--format json]</c>: prints one line per finding with its file position, errors first;
/// exit code 1 when there is an error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var format = ResultJson.FormatOption("text: 'file.json(line,position): error LF201 at path: message' per finding; json: the findings as JSON, for tools.");
        var command = new Command(
            "validate",
            "Check a JSON file against every documented rule. Prints 'file.json(line,position): error LF201 at path: message' per finding, errors before warnings; exit code 1 when there is any error.")
        {
            format,
        };
        file.AddTo(command);
        command.SetAction(result =>
        {
            var read = file.Read(result);
            if (read is null)
            {
                return ExitCode.Failure;
            }

            var findings = read.Findings();
            var output = result.InvocationConfiguration.Output;
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            if (result.GetValue(format) == ResultJson.Json)
            {
                ResultJson.Write(output, new JObject
                {
                    ["file"] = read.File.Name,
                    ["holds"] = read.Description,
                    ["valid"] = errors == 0,
                    ["findings"] = new JArray(findings.Select(ResultJson.Finding)),
                });
            }
            else
            {
                ResultPrinter.Findings(output, read.File.Name, findings);
                output.WriteLine(errors == 0
                    ? $"Valid: {findings.Count} warning(s)."
                    : $"Invalid: {errors} error(s), {findings.Count - errors} warning(s).");
            }

            return errors == 0 ? ExitCode.Success : ExitCode.Failure;
        });
        return command;
    }
}
