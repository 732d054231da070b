using System.Text;
using System.Text.RegularExpressions;

namespace LineFlex.Tests.Cli;

/// <summary><c>lineflex sandbox</c> logs each request it answers on one line of its output and says where its journal is.</summary>
public partial class SandboxCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [GeneratedRegex(@"listening at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ListeningAt();

    [Test]
    public async Task Each_request_is_logged_on_one_line_without_the_key_and_the_journal_lists_it()
    {
        using var output = new WatchedWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var running = LineFlex.Cli.CliApp.RunAsync(["sandbox", "--port", "0", "--api-key", "cli-secret-key"], output, error, stop.Token);
        var baseUrl = new Uri(ListeningAt().Match(await output.WaitForAsync("listening at").WaitAsync(Timeout)).Groups[1].Value);
        await output.WaitForAsync("Press Ctrl+C to stop.").WaitAsync(Timeout);

        using var http = new HttpClient { BaseAddress = baseUrl };
        using var send = new HttpRequestMessage(HttpMethod.Post, "line/1/messages") { Content = new StringContent(TestData.SeedRequestJson, Encoding.UTF8, "application/json") };
        send.Headers.TryAddWithoutValidation("Authorization", "App cli-secret-key");
        (await http.SendAsync(send)).Dispose();
        var journal = await http.GetStringAsync("sandbox/messages");
        var logged = await output.WaitForAsync("POST /line/1/messages answered 200").WaitAsync(Timeout);
        await output.WaitForAsync("GET /sandbox/messages answered 200").WaitAsync(Timeout);
        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.Contain($"What it received, as JSON: {baseUrl}sandbox/messages"));
            Assert.That(output.ToString(), Does.Not.Contain("cli-secret-key"), "the banner says where the key is, not the key");
            Assert.That(output.ToString(), Does.Contain("LineFlex__ApiKey=").And.Contain("the key given with --api-key"));
            Assert.That(logged, Does.Match(@"^\d\d:\d\d:\d\d POST /line/1/messages answered 200: 1 message\(s\), bulk \S+, accepted$"));
            Assert.That(output.ToString().Replace("--api-key cli-secret-key", string.Empty, StringComparison.Ordinal), Does.Not.Contain("App cli-secret-key"));
            Assert.That(journal, Does.Contain("\"to\":\"66855538125\""));
        });
    }

    [Test]
    public async Task Allow_host_lets_the_sandbox_answer_that_host_name_and_no_other()
    {
        using var output = new WatchedWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var running = LineFlex.Cli.CliApp.RunAsync(["sandbox", "--port", "0", "--allow-host", "sandbox.test", "--allow-webhook-host", "hooks.test"], output, error, stop.Token);
        var baseUrl = new Uri(ListeningAt().Match(await output.WaitForAsync("listening at").WaitAsync(Timeout)).Groups[1].Value);
        await output.WaitForAsync("Press Ctrl+C to stop.").WaitAsync(Timeout);

        using var http = new HttpClient { BaseAddress = baseUrl };
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "sandbox/messages");
        allowed.Headers.Host = $"sandbox.test:{baseUrl.Port}";
        using var allowedAnswer = await http.SendAsync(allowed);
        using var other = new HttpRequestMessage(HttpMethod.Get, "sandbox/messages");
        other.Headers.Host = $"other.test:{baseUrl.Port}";
        using var otherAnswer = await http.SendAsync(other);
        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That((int)allowedAnswer.StatusCode, Is.EqualTo(200));
            Assert.That((int)otherAnswer.StatusCode, Is.EqualTo(421));
        });
    }

    [TestCase("--allow-host")]
    [TestCase("--allow-webhook-host")]
    public async Task A_host_option_that_is_not_a_host_name_is_a_usage_error(string option)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await LineFlex.Cli.CliApp.RunAsync(["sandbox", "--port", "0", option, "http://sandbox.test/"], output, error, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain($"{option} 'http://sandbox.test/' is not a host name"));
            Assert.That(output.ToString(), Does.Not.Contain("listening at"));
        });
    }
}
