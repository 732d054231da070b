using System.Text.RegularExpressions;

namespace LineFlex.Tests.Packaging;

/// <summary>
/// The Cake build (build.cake) runs the tasks its documentation promises: the default target builds and tests, and
/// Pack, the documented way to pack, builds and packs without running the tests a second time (CI runs them on their own).
/// </summary>
public partial class BuildScriptTests
{
    /// <summary>A line of Cake's dry run: "3. Pack".</summary>
    [GeneratedRegex(@"^\d+\. (\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PlannedTask();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex ConsoleColor();

    [TestCase("Test", new[] { "Restore", "Build", "Test" })]
    [TestCase("Pack", new[] { "Restore", "Build", "Pack" })]
    public async Task A_target_runs_its_own_tasks_and_no_others(string target, string[] tasks)
    {
        var root = TestData.RepositoryRoot();
        var restore = await DotnetProcess.RunAsync(root, ["tool", "restore"], TimeSpan.FromMinutes(3));
        Assert.That(restore.ExitCode, Is.Zero, restore.Output);

        var dryRun = await DotnetProcess.RunAsync(root, ["cake", "--target=" + target, "--dryrun"], TimeSpan.FromMinutes(3));

        var output = ConsoleColor().Replace(dryRun.Output, string.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(dryRun.ExitCode, Is.Zero, output);
            Assert.That(PlannedTask().Matches(output).Select(m => m.Groups[1].Value), Is.EqualTo(tasks), output);
        });
    }
}
