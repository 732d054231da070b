using System.CommandLine;
using Newtonsoft.Json;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex validate file.json [--format json]</c>: prints one line per finding with its file position, errors first;
/// exit code 1 when there is an error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON." };
        var format = new Option<string>("--format")
        {
            Description = "text: 'file.json(line,position): error LF201 at path: message' per finding; json: the findings as JSON, for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "validate",
            "Check a JSON file against every documented rule. Prints 'file.json(line,position): error LF201 at path: message' per finding, errors before warnings; exit code 1 when there is any error.")
        {
            file,
            format,
        };
        command.SetAction(result =>
        {
            var read = FlexFile.Read(result.GetValue(file)!, result.InvocationConfiguration.Error);
            if (read is null)
            {
                return ExitCode.Failure;
            }

            var findings = read.Findings();
            var output = result.InvocationConfiguration.Output;
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            if (result.GetValue(format) == "json")
            {
                WriteJson(output, read, findings);
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

    private static void WriteJson(TextWriter output, FlexFile read, IReadOnlyList<LocatedFinding> findings)
    {
        using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        writer.WriteStartObject();
        writer.WritePropertyName("file");
        writer.WriteValue(read.File.Name);
        writer.WritePropertyName("holds");
        writer.WriteValue(read.Description);
        writer.WritePropertyName("valid");
        writer.WriteValue(findings.All(f => f.Severity != FindingSeverity.Error));
        writer.WritePropertyName("findings");
        writer.WriteStartArray();
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("severity");
            writer.WriteValue(finding.Severity == FindingSeverity.Error ? "error" : "warning");
            writer.WritePropertyName("code");
            writer.WriteValue(finding.Code);
            writer.WritePropertyName("path");
            writer.WriteValue(finding.Path);
            writer.WritePropertyName("line");
            writer.WriteValue(finding.LineNumber);
            writer.WritePropertyName("position");
            writer.WriteValue(finding.LinePosition);
            writer.WritePropertyName("message");
            writer.WriteValue(finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteLine();
    }
}
