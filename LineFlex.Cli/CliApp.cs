using System.CommandLine;
using System.CommandLine.Invocation;
using LineFlex.Cli.Commands;

namespace LineFlex.Cli;

/// <summary>
/// The <c>lineflex</c> command line: one place that lists every command, and the one place that turns a usage error or
/// a failure into a single <c>error:</c> line on stderr and an <see cref="ExitCode"/>.
/// </summary>
internal static class CliApp
{
    /// <summary>Every command; those that read stdin or show progress use <paramref name="console"/> (none: nothing to read, no terminal).</summary>
    public static RootCommand CreateRoot(CliConsole? console = null)
    {
        console ??= new CliConsole(TextWriter.Null, TextWriter.Null);
        var root = new RootCommand("lineflex: build, check and send LINE Official Notification requests through Infobip's LINE API, or a local sandbox.")
        {
            DemoCommand.Create(console),
            FormatCommand.Create(),
            ValidateCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
            CodegenCommand.Create(),
            SendCommand.Create(console),
            ReportsCommand.Create(console),
            CampaignCommand.Create(console),
            SandboxCommand.Create(),
            PreviewCommand.Create(),
            GalleryCommand.Create(),
            ApprovalCommand.Create(),
            CheckCommand.Create(),
            CompletionCommand.Create(),
        };

        // The library prints the entry assembly's version, which is the test host's when run in-process.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion();
        }

        return root;
    }

    /// <summary>The version of LineFlex, from git tags: <c>0.2.0</c>, or <c>0.2.1-alpha.0.3</c> between tags.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(CliApp).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCode.Success;
        }
    }

    /// <summary>Runs the command line with the given output streams, so tests can read what it prints.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliConsole(output, error), cancellationToken);

    /// <summary>Runs the command line on <paramref name="console"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var error = console.Error;
        // A word that starts with '@' is a word, as a key may be, not the name of a response file to read words from.
        var parsed = CreateRoot(console).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // The key given on the command line never shows, even where the parser quotes a word it did not expect.
        var secrets = TargetOptions.KeysOn(args);
        if (parsed.Action is ParseErrorAction)
        {
            secrets = TargetOptions.KeysOn(args, [.. parsed.UnmatchedTokens]);
            var command = parsed.CommandResult.Command is RootCommand ? "lineflex" : "lineflex " + parsed.CommandResult.Command.Name;
            var problems = string.Join(" ", parsed.Errors.Select(e => e.Message));
            error.WriteLine(ErrorLine.Of($"{problems} See '{command} --help'.", args, secrets));
            return ExitCode.Usage;
        }

        // Failures are printed here, as one line; the library's own handler would print the stack trace.
        var configuration = new InvocationConfiguration { Output = console.Output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CommandFailedException exception)
        {
            error.WriteLine(ErrorLine.Of(exception.Message, secrets: secrets));
            return exception.ExitCode;
        }
        catch (LineFlexException exception)
        {
            error.WriteLine(ErrorLine.Of(exception.Message, secrets: secrets));
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(ErrorLine.Of("Cancelled before the command finished."));
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorLine.Of(ErrorLine.Unexpected(exception), secrets: secrets));
        }

        return ExitCode.Failure;
    }

    /// <summary>Runs the command line synchronously; for the synchronous commands in tests.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();
}
