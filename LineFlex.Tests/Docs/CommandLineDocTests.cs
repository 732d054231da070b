using System.Globalization;
using System.Text.RegularExpressions;
using LineFlex.Cli;
using LineFlex.Cli.Commands;
using LineFlex.Sandbox;

namespace LineFlex.Tests.Docs;

/// <summary>The README's command table and its exit codes say what the command line does.</summary>
public partial class CommandLineDocTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"));

    [GeneratedRegex(@"^\| `lineflex (\w+)[^|]*\| [^|]+ \| ([^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex CommandRow();

    [Test]
    public void Every_command_has_a_row_with_its_exit_codes()
    {
        var rows = CommandRow().Matches(Readme).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.That(rows.Keys, Is.EquivalentTo(CliApp.CreateRoot().Subcommands.Select(c => c.Name)));
        Assert.That(rows.Values, Has.All.StartWith($"{ExitCode.Success} ").And.All.Contain($"; {ExitCode.Failure} ").And.All.EndWith($"; {ExitCode.Usage} usage"));
    }

    [GeneratedRegex(@"^\| `(\w+)` \| [^|]+ \| [^|]+ \| [^|]+ \|$", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();

    [Test]
    public void The_command_line_page_lists_the_exit_codes_of_every_command()
    {
        var page = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "cli.md"));

        Assert.Multiple(() =>
        {
            Assert.That(ExitCodeRow().Matches(page).Select(m => m.Groups[1].Value), Is.EquivalentTo(CliApp.CreateRoot().Subcommands.Select(c => c.Name)));
            Assert.That(page, Does.Contain($"over {TargetOptions.MaxKeyFileLength} bytes is not read"));
            Assert.That(page, Does.Contain($"(100 by default, 1 to {SendCommand.MaxBatchSize})"));
        });
    }

    [Test]
    public void The_exit_codes_and_bounds_stated_are_those_of_the_code()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain($"**{ExitCode.Success}**\nsuccess, **{ExitCode.Failure}** bad input"));
            Assert.That(Readme, Does.Contain($"**{ExitCode.Usage}** a usage error"));
            Assert.That(Readme, Does.Contain($"at most {Excerpt.MaxLength} characters, and an error line to {Excerpt.MaxMessageLength}"));
            Assert.That(Readme, Does.Contain($"0 to {RangedOption.MaxSeconds.ToString(CultureInfo.InvariantCulture)} seconds"));
        });
    }
}
