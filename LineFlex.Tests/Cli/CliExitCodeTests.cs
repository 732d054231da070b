using LineFlex.Cli;

namespace LineFlex.Tests.Cli;

/// <summary>
/// The exit codes are the same for every command: 0 success, 1 bad input or a failure, 2 a command line that is wrong,
/// whether the parser or the command finds it.
/// </summary>
public class CliExitCodeTests
{
    private static string Seed => TestData.SamplePath("seed-request.json");

    private static string LineBubble => TestData.SamplePath(Path.Combine("Line", "simulator-receipt.json"));

    /// <summary>A usage error of each command: one the parser finds, or one only the command can tell.</summary>
    private static readonly Dictionary<string, string[]> UsageErrors = new()
    {
        ["demo"] = ["demo", "--wait", "-1"],
        ["format"] = ["format"],
        ["validate"] = ["validate", Seed, "--format", "yaml"],
        ["import"] = ["import", LineBubble, "--sender", "OA-1"],
        ["export"] = ["export", Seed],
        ["codegen"] = ["codegen", Seed, "--name", "not a name"],
        ["send"] = ["send", "--dry-run", Seed, "--sender", "OA-1"],
        ["reports"] = ["reports", "--limit", "1001"],
        ["sandbox"] = ["sandbox", "--port", "65536"],
        ["preview"] = ["preview"],
        ["gallery"] = ["gallery", "--output"],
        ["approval"] = ["approval", "no-such.dll", "-o", "approvals"],
        ["check"] = ["check", Seed],
        ["completion"] = ["completion", "fish"],
        ["campaign"] = ["campaign", "status"],
    };

    private static IEnumerable<string> Commands() => CliApp.CreateRoot().Subcommands.Select(c => c.Name);

    [TestCaseSource(nameof(Commands))]
    public async Task An_unknown_option_is_a_usage_error_with_exit_code_2(string command)
    {
        var run = await CliRun.StartAsync([command, "--no-such-option"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Usage), run.Error);
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: ").And.Contain($"See 'lineflex {command} --help'."));
        });
    }

    [TestCaseSource(nameof(Commands))]
    public async Task A_usage_error_found_by_the_command_also_has_exit_code_2(string command)
    {
        Assert.That(UsageErrors.Keys, Does.Contain(command), "add a usage error of the new command to the table");

        var run = await CliRun.StartAsync(UsageErrors[command]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Usage), run.Error);
            Assert.That(run.ErrorLines.Last(), Does.StartWith("error: "));
        });
    }
}
