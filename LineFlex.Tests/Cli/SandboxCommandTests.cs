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
}
