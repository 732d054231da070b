using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LineFlex.Cli;
using LineFlex.Sandbox;

namespace LineFlex.Tests.Cli;

/// <summary>
/// Every failure of the lineflex command line is one line on stderr, never a stack trace, with exit code 1 for bad
/// input or a failure and 2 for a command line that is wrong.
/// </summary>
public class CliErrorTests
{
    private const int BadInput = 1;
    private const int Usage = 2;

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return Case(["reports"], "http://example.com", BadInput, "LineFlex__BaseUrl").SetName("A plain-http LineFlex__BaseUrl");
        yield return Case(["reports"], "not a url", BadInput, "LineFlex__BaseUrl").SetName("A malformed LineFlex__BaseUrl");
        yield return Case(["demo"], "ftp://example.com", BadInput, "LineFlex__BaseUrl").SetName("A LineFlex__BaseUrl of another scheme for demo");
        yield return Case(["reports"], null, BadInput, "--sandbox").SetName("Reports with no target configured");
        yield return Case(["send", "--dry-run", "--sandbox", Path.GetTempPath()], null, BadInput, "is a directory").SetName("Send of a directory");
        yield return Case(["sandbox", "--port", "70000"], null, Usage, "--port").SetName("A port above 65535");
        yield return Case(["sandbox", "--port", "-1"], null, Usage, "--port").SetName("A negative port");
        yield return Case(["sandbox", "--port", "abc"], null, Usage, "--port").SetName("A port that is not a number");
        yield return Case(["sandbox", "--port", "0", "--delivery-delay", "-1"], null, Usage, "--delivery-delay").SetName("A negative delivery delay");
        yield return Case(["sandbox", "--port", "0", "--delivery-delay", "abc"], null, Usage, "--delivery-delay").SetName("A delivery delay that is not a number");
        yield return Case(["sandbox", "--port", "0", "--delivery-delay", "NaN"], null, Usage, "--delivery-delay").SetName("A delivery delay that is not finite");
        yield return Case(["sandbox", "--port", "0", "--delivery-delay", "1e300"], null, Usage, "--delivery-delay").SetName("A delivery delay beyond a day");
        yield return Case(["demo", "--wait", "-5"], null, Usage, "--wait").SetName("A negative demo wait");
        yield return Case(["reports", "--limit", "0"], null, Usage, "--limit").SetName("A report limit of 0");
        yield return Case([], null, Usage, "command").SetName("No command");
        yield return Case(["frobnicate"], null, Usage, "frobnicate").SetName("An unknown command");
        yield return Case(["format"], null, Usage, "lineflex format --help").SetName("A missing file argument");
        yield return Case(["format", Path.GetTempPath()], null, BadInput, "is a directory").SetName("A directory where a file is needed");

        static TestCaseData Case(string[] args, string? baseUrl, int exitCode, string mentions) => new(args, baseUrl, exitCode, mentions);
    }

    [TestCaseSource(nameof(Failures))]
    public async Task Each_failure_is_one_line_without_a_stack_trace_and_the_documented_exit_code(string[] args, string? baseUrl, int exitCode, string mentions)
    {
        var (actualExitCode, _, error) = await RunAsync(args, baseUrl);

        AssertOneErrorLine(actualExitCode, exitCode, error);
        Assert.That(error, Does.Contain(mentions));
    }

    [Test]
    public async Task A_port_in_use_is_one_line_naming_the_port_and_suggesting_port_0()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var (exitCode, output, error) = await RunAsync(["sandbox", "--port", port]);

        AssertOneErrorLine(exitCode, BadInput, error);
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Contain($"127.0.0.1:{port} is in use"));
            Assert.That(error, Does.Contain("--port 0"));
            Assert.That(output, Is.Empty, "nothing but the one error line, not even a log line");
        });
    }

    [TestCase("validate")]
    [TestCase("format")]
    public async Task A_file_with_invalid_utf8_is_refused_with_its_byte_offset(string command)
    {
        // Was read with U+FFFD in place of the bad byte, and validated with exit code 0.
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"invalid-utf8-{command}.json");
        byte[] bytes = [.. "{\"messages\":[{\"sender\":\"S"u8, 0xC3, 0x28, .. "\"}]}"u8];
        await File.WriteAllBytesAsync(file, bytes);

        var (exitCode, output, error) = await RunAsync([command, file]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(BadInput), error);
            Assert.That(Lines(error), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith($"invalid-utf8-{command}.json(1,26): error at messages[0].sender: "));
            Assert.That(error, Does.Contain("byte 0xC3 at byte offset 25 is not valid UTF-8"));
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public async Task Reports_against_a_server_answering_html_is_one_line_with_exit_code_1()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Faults.Enqueue(SandboxFault.HtmlBody(200));

        var (exitCode, _, error) = await RunAsync(["reports"], sandbox.BaseUrl.AbsoluteUri);

        AssertOneErrorLine(exitCode, BadInput, error);
    }

    [Test]
    [TestCase("sandbox", "--port", "")]
    [TestCase("sandbox", "--delivery-delay", "1")]
    [TestCase("reports", "--limit", "5")]
    [TestCase("sandbox", "--api-key", "sandbox-key", "--unknown")]
    [TestCase("unknown-command")]
    public async Task A_long_word_on_the_command_line_is_quoted_as_a_short_excerpt(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync([.. args.SkipLast(1), args[^1] + new string('x', 100_000)]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(Usage));
            Assert.That(error, Does.Contain("xxx..."));
            Assert.That(error.Length, Is.LessThan(300));
        });
    }

    [Test]
    public async Task A_long_base_url_gives_a_bounded_error_line()
    {
        var (exitCode, _, error) = await RunAsync(["reports"], "http://example.com/" + new string('x', 100_000));

        AssertOneErrorLine(exitCode, BadInput, error);
        Assert.That(error, Does.Contain("LineFlex__BaseUrl"));
    }

    [Test]
    public async Task A_huge_property_name_in_a_file_gives_a_bounded_error_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineflex-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $"{{\"messages\":[{{\"{new string('n', 500_000)}\":1}}]}}");
        try
        {
            var (exitCode, _, error) = await RunAsync(["validate", file]);

            Assert.That(exitCode, Is.EqualTo(BadInput));
            Assert.That(Lines(error), Has.Length.EqualTo(1));
            Assert.That(error.TrimEnd(), Has.Length.LessThanOrEqualTo(Excerpt.MaxMessageLength));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Sandbox_on_port_0_prints_the_free_port_it_picked_and_stops_with_exit_code_0()
    {
        using var output = new WatchedWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();

        var running = LineFlex.Cli.CliApp.RunAsync(["sandbox", "--port", "0"], output, error, stop.Token);
        await output.WaitForAsync("Press Ctrl+C to stop.").WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.Match(@"listening at http://127\.0\.0\.1:[1-9][0-9]*/"));
            Assert.That(output.ToString(), Does.Match(@"in its inbox: http://127\.0\.0\.1:[1-9][0-9]*/ \(in a browser"));
        });
    }

    /// <summary>The exit code is <paramref name="expected"/> and stderr one bounded <c>error:</c> line, no stack frame in it.</summary>
    private static void AssertOneErrorLine(int exitCode, int expected, string error) =>
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(expected), error);
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(Lines(error), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("error: "));
            Assert.That(error.TrimEnd(), Has.Length.LessThanOrEqualTo(Excerpt.MaxMessageLength));
        });

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string? baseUrl = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Environment.SetEnvironmentVariable(SendTarget.BaseUrlVariable, baseUrl);
        Environment.SetEnvironmentVariable(SendTarget.ApiKeyVariable, baseUrl is null ? null : "any-key");
        try
        {
            var exitCode = await LineFlex.Cli.CliApp.RunAsync(args, output, error, guard.Token);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(SendTarget.BaseUrlVariable, null);
            Environment.SetEnvironmentVariable(SendTarget.ApiKeyVariable, null);
        }
    }
}
