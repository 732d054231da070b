using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex codegen file.json [--name OrderShipped] [-o OrderShipped.cs]</c>: writes the C# builder code that makes the
/// file's tree; with <c>--template OrderShipped</c> and one or more files of one design, a whole template class, its model
/// and its samples.
/// </summary>
internal static class CodegenCommand
{
    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var more = new Argument<FileInfo[]>("more files")
        {
            Description = "With --template: more files of the same design, one per sample (the texts and URIs that differ become the model).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var name = new Option<string?>("--name") { Description = "Write a whole C# file with a static template method of this name (OrderShipped) instead of an expression." };
        var template = new Option<string?>("--template") { Description = "Write a FlexTemplate class of this name (OrderShipped), with its model record and the files as its samples." };
        var ns = new Option<string>("--namespace")
        {
            Description = "With --template: the namespace of the class and its model.",
            DefaultValueFactory = _ => "Notifications",
        };
        var altText = new Option<string?>("--alt-text") { Description = "With --template and bare bubbles: the message's fixed alt text (a content or message file carries its own)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the code to this file instead of printing it." };
        var noLoops = new Option<bool>("--no-loops") { Description = "Write every repeated row out instead of a loop over its data." };
        var command = new Command("codegen", "Write the LineFlex builder code that makes the file's tree: the fluent chain a person would write, proven equal by the test suite; or, with --template, a whole template.")
        {
            name, template, ns, altText, output, noLoops,
        };
        file.AddTo(command);
        command.Arguments.Add(more);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var extra = result.GetValue(more) ?? [];
            if (result.GetValue(template) is { } className)
            {
                Refuse(result, "--template", (name, "--name names the static method of plain code"), (noLoops, "a template writes every row out"));
                return Template(result, file, [result.GetValue(file.File)!, .. extra], new FlexTemplateCodeOptions
                {
                    ClassName = className,
                    Namespace = result.GetValue(ns)!,
                    AltText = result.GetValue(altText),
                }, result.GetValue(output));
            }

            if (extra.Length > 0 || result.GetResult(ns) is { Implicit: false } || result.GetValue(altText) is not null)
            {
                throw new CommandFailedException("More files, --namespace and --alt-text make a template; give its class name with --template OrderShipped.", ExitCode.Usage);
            }

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
                error.WriteLine(ErrorLine.Of(Plain(e)));
                return ExitCode.Usage;
            }

            OutputFile.Write(result.GetValue(output), code, result.InvocationConfiguration.Output);
            return ExitCode.Success;
        });
        return command;
    }

    private static int Template(ParseResult result, FileInput input, IReadOnlyList<FileInfo> files, FlexTemplateCodeOptions options, FileInfo? output)
    {
        var error = result.InvocationConfiguration.Error;
        var samples = new List<FlexTemplateSample>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (input.ReadSettled(result, file, "No template written") is not { } read)
            {
                return ExitCode.Failure;
            }

            samples.Add(new FlexTemplateSample(SampleName(file, names), Design(read, error)) { Source = file.Name });
        }

        string code;
        try
        {
            code = FlexTemplateCode.Generate(samples, options);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(ErrorLine.Of(Plain(e)));
            return e.ParamName == "samples" ? ExitCode.Failure : ExitCode.Usage;
        }

        OutputFile.Write(output, code, result.InvocationConfiguration.Output);
        return ExitCode.Success;
    }

    /// <summary>What of the file a template owns: a bubble, a content, or a message without its sender and destinations.</summary>
    private static object Design(FlexFile read, TextWriter error)
    {
        var message = read.Node switch
        {
            LineRequest { Messages: [{ } only] } => only,
            LineRequest request => throw new CommandFailedException(
                $"{read.File.Name} holds {request.Messages?.Count ?? 0} messages; a template makes one. Give each message's content as a file of its own."),
            LineMessage alone => alone,
            _ => null,
        };
        if (message is null)
        {
            return read.Node;
        }

        error.WriteLine($"lineflex: {read.File.Name}: the sender and destinations are the caller's, so the template leaves them out.");
        return message;
    }

    /// <summary>
    /// The sample's name from the file's: the part after the last dot of <c>shipment.th.json</c> (<c>th</c>), else the whole
    /// name, in lowercase words joined by hyphens, made unique with <c>-2</c>, <c>-3</c>.
    /// </summary>
    private static string SampleName(FileInfo file, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(file.Name);
        var last = stem[(stem.LastIndexOf('.') + 1)..].ToLowerInvariant();
        var words = string.Join('-', new string([.. last.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var name = words.Length == 0 ? "sample" : words;
        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = $"{name}-{i}";
        }

        return unique;
    }

    private static void Refuse(ParseResult result, string with, params (Option Option, string Why)[] options)
    {
        foreach (var (option, why) in options)
        {
            if (result.GetResult(option) is { Implicit: false })
            {
                throw new CommandFailedException($"{option.Name} does not go with {with}: {why}. Leave {option.Name} out.", ExitCode.Usage);
            }
        }
    }

    /// <summary>The exception's message in the command's words: options by their flags, without the parameter's name.</summary>
    private static string Plain(ArgumentException e) =>
        e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal)
            .Replace("MethodName takes", "--name takes", StringComparison.Ordinal)
            .Replace("ClassName takes", "--template takes", StringComparison.Ordinal)
            .Replace("Namespace takes", "--namespace takes", StringComparison.Ordinal)
            .Replace("in AltText", "with --alt-text", StringComparison.Ordinal)
            .Replace("leave AltText out", "leave --alt-text out", StringComparison.Ordinal);
}
