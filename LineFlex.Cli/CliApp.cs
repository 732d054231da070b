using System.CommandLine;
using LineFlex.Cli.Commands;

namespace LineFlex.Cli;

/// <summary>The <c>lineflex</c> command line: one place that lists every command.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot() =>
        new("lineflex: build, format and check LINE Official Notification requests for Infobip's LINE API.")
        {
            DemoCommand.Create(),
            FormatCommand.Create(),
            ValidateCommand.Create(),
        };

    /// <summary>Runs the command line with the given output streams, so tests can read what it prints.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRoot().Parse(args).Invoke(configuration);
    }
}
