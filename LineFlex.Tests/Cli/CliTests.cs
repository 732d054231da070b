using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary>The lineflex command line, run in-process with its output captured.</summary>
public class CliTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LineFlex.Cli.CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public void Demo_prints_the_seed_pages_request()
    {
        var (exitCode, output, _) = Run("demo");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(JToken.DeepEquals(TestData.ParseToken(output), TestData.ParseToken(TestData.SeedRequestJson)), Is.True);
        });
    }

    [Test]
    public void Format_prints_a_request_in_the_canonical_form()
    {
        var (exitCode, output, _) = Run("format", "--compact", TestData.SamplePath("seed-request.json"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.TrimEnd(), Is.EqualTo(FlexJson.Serialize(FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson))));
            Assert.That(output, Does.StartWith("{\"messages\":[{\"sender\":"));
        });
    }

    [Test]
    public void Format_of_bad_input_prints_the_path_line_and_position_and_exits_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineflex-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\n  \"messages\": [\n    { \"sender\": 42 }\n  ]\n}\n");
        try
        {
            var (exitCode, output, error) = Run("format", file);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1));
                Assert.That(output, Is.Empty);
                Assert.That(error, Does.Contain("(3,"));
                Assert.That(error, Does.Contain("messages[0].sender"));
                Assert.That(error, Does.Contain("Expected a string, but found a number."));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Format_of_a_missing_file_says_so_and_exits_1()
    {
        var (exitCode, _, error) = Run("format", "no-such-file.json");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("does not exist"));
        });
    }

    [TestCase("demo")]
    [TestCase("format")]
    public void Every_command_has_help(string command)
    {
        var (exitCode, output, _) = Run(command, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("Usage:"));
            Assert.That(output, Does.Contain(command));
        });
    }
}
