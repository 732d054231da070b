using System.Diagnostics;

namespace LineFlex.Tests.Cli;

/// <summary>
/// Shell completion: the [suggest] directive answers what System.CommandLine would complete, and
/// <c>lineflex completion bash</c> prints a script that asks it.
/// </summary>
public class CliCompletionTests
{
    [TestCase("lineflex sen", "send")]
    [TestCase("lineflex validate --format ", "json", "text")]
    [TestCase("lineflex send --api-key-f", "--api-key-file")]
    public async Task The_suggest_directive_completes_commands_options_and_their_values(string line, params string[] expected)
    {
        var run = await CliRun.StartAsync([$"[suggest:{line.Length}]", line]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Is.SupersetOf(expected));
        });
    }

    [TestCase("bash", "complete -o default -F _lineflex_complete lineflex")]
    [TestCase("zsh", "compdef _lineflex lineflex")]
    [TestCase("powershell", "Register-ArgumentCompleter -Native -CommandName lineflex")]
    public async Task Completion_prints_a_script_for_the_shell_that_asks_lineflex_itself(string shell, string registers)
    {
        var run = await CliRun.StartAsync(["completion", shell]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain(registers).And.Contain("lineflex \"[suggest:"));
        });
    }

    [Test]
    public async Task The_bash_script_completes_a_command_in_bash()
    {
        var folder = TestContext.CurrentContext.TestDirectory;
        if (!File.Exists("/bin/bash") || !File.Exists(Path.Combine(folder, "lineflex")))
        {
            Assert.Ignore("Needs bash and the lineflex executable beside the tests.");
        }

        var script = Path.Combine(TestContext.CurrentContext.WorkDirectory, "lineflex-completion.bash");
        await File.WriteAllTextAsync(script, (await CliRun.StartAsync(["completion", "bash"])).Output);
        var start = new ProcessStartInfo("/bin/bash")
        {
            ArgumentList =
            {
                "-c",
                $"source '{script}'; COMP_LINE='lineflex valid'; COMP_POINT=14; COMP_WORDS=(lineflex valid); COMP_CWORD=1; _lineflex_complete; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        using var bash = Process.Start(start)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.That(output.Trim(), Is.EqualTo("validate"), await bash.StandardError.ReadToEndAsync());
    }
}
