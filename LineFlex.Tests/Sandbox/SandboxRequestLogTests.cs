using LineFlex.Sandbox;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>Each request the sandbox answers is logged on one Information line: method, path, status, message count, bulk id; never the key or the body.</summary>
public class SandboxRequestLogTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private CollectingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    [SetUp]
    public async Task StartSandbox()
    {
        _logs = new CollectingLoggerProvider();
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        _server = await SandboxServer.StartAsync(new SandboxOptions { LoggerFactory = _loggerFactory, DeliveryDelay = TimeSpan.Zero });
        _client = new SandboxClient(_server);
    }

    [TearDown]
    public async Task StopSandbox()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    private Task<string> LineAsync(string start) =>
        _logs.WaitForAsync(m => m.StartsWith(start, StringComparison.Ordinal), Timeout);

    private IEnumerable<string> RequestLines => _logs.Messages.Where(m => m.Contains(" answered ", StringComparison.Ordinal));

    [Test]
    public async Task An_accepted_send_is_one_line_with_its_status_message_count_and_bulk_id()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"] = new JArray(new JObject { ["to"] = "66855538125" }, new JObject { ["to"] = "66855538126" });
        request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = "bulk-7" } };
        (await _client.PostMessagesAsync(request)).Dispose();

        var line = await LineAsync("Information: POST /line/1/messages");

        Assert.Multiple(() =>
        {
            Assert.That(line, Is.EqualTo("Information: POST /line/1/messages answered 200: 2 message(s), bulk bulk-7, accepted"));
            Assert.That(RequestLines, Has.One.Items);
            Assert.That(_logs.Messages, Has.None.Contain("test-key"));
            Assert.That(_logs.Messages, Has.None.Contain("66855538125"));
        });
    }

    [Test]
    public async Task A_refused_send_says_why_without_quoting_the_body()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["content"]!["altText"] = "secret-" + new string('a', 400);
        (await _client.PostMessagesAsync(request)).Dispose();
        (await _client.PostMessagesAsync("""{"messages":[{"sender":"secret-sender" """)).Dispose();

        await LineAsync("Information: POST /line/1/messages answered 400: 0 message(s), bulk -, 1 validation error(s)");
        await LineAsync("Information: POST /line/1/messages answered 400: 0 message(s), bulk -, the body does not parse");

        Assert.That(_logs.Messages, Has.None.Contain("secret"));
    }

    [Test]
    public async Task A_call_without_a_key_is_one_line_that_never_shows_the_header()
    {
        (await _client.PostMessagesAsync(SandboxClient.SeedRequest(), authorization: "Basic c2VjcmV0")).Dispose();

        var line = await LineAsync("Information: POST /line/1/messages");

        Assert.Multiple(() =>
        {
            Assert.That(line, Is.EqualTo("Information: POST /line/1/messages answered 401: 0 message(s), bulk -, no valid App key"));
            Assert.That(_logs.Messages, Has.None.Contain("c2VjcmV0"));
        });
    }

    [Test]
    public async Task A_report_pull_counts_the_reports_and_names_the_bulk_asked_for()
    {
        (await _client.PostMessagesAsync(SandboxClient.SeedRequest())).Dispose();
        await _client.PullReportsAsync("?bulkId=nobody");
        await _client.PullReportsAsync();

        var lines = await Task.WhenAll(
            LineAsync("Information: GET /line/1/reports answered 200: 0 message(s), bulk nobody, reports pulled"),
            LineAsync("Information: GET /line/1/reports answered 200: 1 message(s), bulk -, reports pulled"));

        Assert.That(lines, Has.Length.EqualTo(2));
    }

    [Test]
    public async Task A_queued_fault_an_unknown_path_and_the_inbox_are_each_one_line()
    {
        _server.Faults.Enqueue(SandboxFault.ServiceUnavailable());
        (await _client.PostMessagesAsync(SandboxClient.SeedRequest())).Dispose();
        (await _client.GetAsync("line/9/nothing")).Dispose();
        (await _client.GetAsync("/", authorization: null)).Dispose();

        var lines = await Task.WhenAll(
            LineAsync("Information: POST /line/1/messages answered 503: 0 message(s), bulk -, queued fault "),
            LineAsync("Information: GET /line/9/nothing answered 404: 0 message(s), bulk -, not found"),
            LineAsync("Information: GET / answered 200: 0 message(s), bulk -, inbox page"));

        Assert.That(RequestLines.Count(), Is.EqualTo(3), string.Join('\n', _logs.Messages));
    }
}
