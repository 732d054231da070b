using LineFlex.Cli;

namespace LineFlex.Tests.Cli;

/// <summary>What one run of lineflex in-process returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    private static readonly string[] TargetVariables = [SendTarget.BaseUrlVariable, SendTarget.ApiKeyVariable, SendTarget.BaseUrlAlias, SendTarget.ApiKeyAlias];

    /// <summary>
    /// Runs lineflex with <paramref name="args"/>, none of the target's environment variables set but those in
    /// <paramref name="environment"/> (all are cleared again after), on a console that <paramref name="console"/> may
    /// adjust (stdin, and whether stdin and stderr are a terminal).
    /// </summary>
    public static async Task<CliRun> StartAsync(
        string[] args, Func<CliConsole, CliConsole>? console = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var variable in TargetVariables)
        {
            Environment.SetEnvironmentVariable(variable, environment?.GetValueOrDefault(variable));
        }

        try
        {
            var plain = new CliConsole(output, error);
            var exitCode = await CliApp.RunAsync(args, console?.Invoke(plain) ?? plain, guard.Token);
            return new CliRun(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            foreach (var variable in TargetVariables)
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }
    }

    /// <summary>The lines of stderr, without blank ones.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
