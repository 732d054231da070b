using System.CommandLine;
using LineFlex.Cli.Commands;

namespace LineFlex.Cli;

/// <summary>The <c>lineflex</c> command line: one place that lists every command.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot() =>
        new("lineflex: build, check and send LINE Official Notification requests through Infobip's LINE API, or a local sandbox.")
        {
            DemoCommand.Create(),
            FormatCommand.Create(),
            ValidateCommand.Create(),
            SendCommand.Create(),
            ReportsCommand.Create(),
            SandboxCommand.Create(),
        };

    /// <summary>Runs the command line with the given output streams, so tests can read what it prints.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRoot().Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Runs the command line synchronously; for the synchronous commands in tests.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();
}
