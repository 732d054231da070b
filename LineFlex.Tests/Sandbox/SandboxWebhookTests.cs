using System.Xml.Linq;
using LineFlex.Sandbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>Delivery webhooks: a due report is posted to the message's webhook, as JSON or XML, instead of being pullable.</summary>
public class SandboxWebhookTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(5);

    private FakeTimeProvider _clock = null!;
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;
    private WebhookCatcher _catcher = null!;
    private CollectingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;

    [SetUp]
    public async Task StartSandboxAndCatcher()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _logs = new CollectingLoggerProvider();
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        _server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock, DeliveryDelay = Delay, LoggerFactory = _loggerFactory });
        _client = new SandboxClient(_server);
        _catcher = await WebhookCatcher.StartAsync();
    }

    [TearDown]
    public async Task StopBoth()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _loggerFactory.Dispose();
        _logs.Dispose();
        await _catcher.DisposeAsync();
    }

    [Test]
    public async Task A_due_report_is_posted_to_the_webhook_as_json_and_is_not_pullable()
    {
        await SendAsync(WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null));

        _clock.Advance(Delay);
        var caught = await _catcher.WaitForAsync(1, ArrivalTimeout);

        Assert.That(caught, Has.Count.EqualTo(1));
        Assert.That(caught[0].ContentType, Does.StartWith("application/json"));
        var results = (JArray)TestData.ParseToken(caught[0].Body)["results"]!;
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That((string?)results[0]["messageId"], Is.EqualTo("webhook-message"));
        Assert.That((string?)results[0]["callbackData"], Is.EqualTo("order=42"));
        Assert.That((string?)results[0]["status"]!["name"], Is.EqualTo("DELIVERED_TO_HANDSET"));
        Assert.That(await _client.PullReportsAsync(), Is.Empty);
    }

    [Test]
    public async Task Nothing_is_posted_before_the_delivery_delay()
    {
        await SendAsync(WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null));

        _clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        await SendAsync(SandboxClient.SeedRequest());

        Assert.That(_catcher.Caught, Is.Empty);
    }

    [Test]
    public async Task A_webhook_asking_for_xml_receives_delivery_reports_xml()
    {
        await SendAsync(WithWebhook(SandboxClient.SeedRequest(), contentType: "application/xml", notify: null));

        _clock.Advance(Delay);
        var caught = await _catcher.WaitForAsync(1, ArrivalTimeout);

        Assert.That(caught, Has.Count.EqualTo(1));
        Assert.That(caught[0].ContentType, Does.StartWith("application/xml"));
        var root = XDocument.Parse(caught[0].Body).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("DeliveryReports"));
        var result = root.Element("results")!.Element("result")!;
        Assert.That(result.Element("messageId")?.Value, Is.EqualTo("webhook-message"));
        Assert.That(result.Element("sentAt")?.Value, Is.EqualTo("2026-03-01T09:00:00.000+0000"));
        Assert.That(result.Element("price")?.Element("pricePerMessage")?.Value, Is.EqualTo("0.0"));
        Assert.That(result.Element("status")?.Element("groupName")?.Value, Is.EqualTo("DELIVERED"));
        Assert.That(result.Element("error")?.Element("permanent")?.Value, Is.EqualTo("false"));
    }

    [Test]
    public async Task Notify_false_posts_nothing_and_keeps_the_report_pullable()
    {
        await SendAsync(WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: false));

        _clock.Advance(Delay);
        var pulled = await _client.PullReportsAsync();

        Assert.That(pulled.Select(r => (string?)r["messageId"]), Is.EqualTo(new[] { "webhook-message" }));
        Assert.That(_catcher.Caught, Is.Empty);
    }

    [Test]
    public async Task A_webhook_that_cannot_be_reached_is_logged_and_does_not_break_the_sandbox()
    {
        var request = WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null);
        request["messages"]![0]!["webhooks"]!["delivery"]!["url"] = "http://127.0.0.1:1/nobody-listens";
        using (var accepted = await _client.PostMessagesAsync(request))
        {
            Assert.That((int)accepted.StatusCode, Is.EqualTo(200));
        }

        _clock.Advance(Delay);
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (!_logs.Messages.Any(m => m.Contains("Could not post", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        using var afterwards = await _client.PostMessagesAsync(SandboxClient.SeedRequest());
        Assert.That((int)afterwards.StatusCode, Is.EqualTo(200));
        Assert.That(_logs.Messages, Has.Some.Contains("Could not post the report of message webhook-message"));
        Assert.That(_logs.Messages, Has.Some.Contains("LINE sandbox listening on " + _server.BaseUrl));
        Assert.That(_logs.Messages, Has.None.Contains(SandboxClient.Authorization));
    }

    [Test]
    public async Task A_webhook_that_redirects_is_not_followed_and_the_redirect_is_logged()
    {
        var request = WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null);
        request["messages"]![0]!["webhooks"]!["delivery"]!["url"] = _catcher.UrlOf("/redirect").ToString();
        (await _client.PostMessagesAsync(request)).Dispose();

        _clock.Advance(Delay);
        var refused = await _logs.WaitForAsync(m => m.Contains("answered 307", StringComparison.Ordinal), ArrivalTimeout);

        Assert.That(refused, Does.StartWith("Warning: The webhook " + _catcher.UrlOf("/redirect")));
        Assert.That(_catcher.Caught, Is.Empty);
    }

    [Test]
    public async Task A_webhook_answer_is_not_read_past_a_small_bound()
    {
        var request = WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null);
        using var endless = EndlessAnswerServer.Start();
        request["messages"]![0]!["webhooks"]!["delivery"]!["url"] = endless.Url.ToString();
        (await _client.PostMessagesAsync(request)).Dispose();

        _clock.Advance(Delay);
        var posted = await _logs.WaitForAsync(m => m.Contains("Posted the report of message webhook-message", StringComparison.Ordinal), ArrivalTimeout);
        await endless.Ended.WaitAsync(ArrivalTimeout);

        // What the sockets' buffers take in before the sandbox closes the connection, and no more.
        Assert.That(posted, Does.EndWith(": 200"));
        Assert.That(endless.BytesWritten, Is.LessThan(32 * 1024 * 1024));
    }

    [TestCase("http://169.254.169.254/latest/meta-data")]
    [TestCase("http://10.0.0.1:8080/delivery")]
    [TestCase("http://[fe80::1]/delivery")]
    public async Task A_webhook_outside_this_machine_is_not_posted_and_says_how_to_allow_it(string url)
    {
        var request = WithWebhook(SandboxClient.SeedRequest(), contentType: null, notify: null);
        request["messages"]![0]!["webhooks"]!["delivery"]!["url"] = url;
        using (var accepted = await _client.PostMessagesAsync(request))
        {
            Assert.That((int)accepted.StatusCode, Is.EqualTo(200), await accepted.Content.ReadAsStringAsync());
        }

        _clock.Advance(Delay);
        var line = await _logs.WaitForAsync(m => m.Contains("not posted", StringComparison.Ordinal), ArrivalTimeout);

        Assert.That(line, Does.StartWith("Warning: The report of message webhook-message was not posted to " + new Uri(url)));
        Assert.That(line, Does.Contain("SandboxOptions.AllowedWebhookHosts"));
        Assert.That(_logs.Messages, Has.None.Contains("Could not post"));
    }

    [TestCase("localhost", new[] { "127.0.0.1" }, true)]
    [TestCase("127.0.0.1", new[] { "127.0.0.1" }, true)]
    [TestCase("[::1]", new[] { "::1" }, true)]
    [TestCase("rebound.example", new[] { "127.0.0.1" }, true)]
    [TestCase("rebound.example", new[] { "127.0.0.1", "169.254.169.254" }, false)]
    [TestCase("169.254.169.254", new[] { "169.254.169.254" }, false)]
    [TestCase("hooks.example", new[] { "203.0.113.7" }, false)]
    public void Only_loopback_addresses_are_posted_to_by_default(string host, string[] addresses, bool allowed)
    {
        var targets = new WebhookTargets([]);

        Assert.That(targets.Allows(host, [.. addresses.Select(System.Net.IPAddress.Parse)]), Is.EqualTo(allowed));
    }

    [TestCase("hooks.example")]
    [TestCase("HOOKS.example")]
    public void A_host_the_options_name_is_posted_to_wherever_it_resolves(string host)
    {
        var targets = new WebhookTargets(["hooks.example", "203.0.113.9"]);

        Assert.Multiple(() =>
        {
            Assert.That(targets.Allows(host, [System.Net.IPAddress.Parse("203.0.113.7")]), Is.True);
            Assert.That(targets.Allows("203.0.113.9", [System.Net.IPAddress.Parse("203.0.113.9")]), Is.True);
            Assert.That(targets.Allows("other.example", [System.Net.IPAddress.Parse("203.0.113.7")]), Is.False);
        });
    }

    [Test]
    public void An_allowed_webhook_host_that_is_not_a_host_name_is_refused_with_a_teaching_error()
    {
        var exception = Assert.ThrowsAsync<ArgumentException>(async () => await SandboxServer.StartAsync(new SandboxOptions { AllowedWebhookHosts = ["https://hooks.example/"] }));

        Assert.That(exception!.Message, Does.Contain("SandboxOptions.AllowedWebhookHosts[0]"));
    }

    private JObject WithWebhook(JObject request, string? contentType, bool? notify)
    {
        var message = (JObject)request["messages"]![0]!;
        message["destinations"] = new JArray(new JObject { ["to"] = "66855538125", ["messageId"] = "webhook-message" });
        var delivery = new JObject { ["url"] = _catcher.Url.ToString() };
        if (notify is { } value)
        {
            delivery["notify"] = value;
        }

        var webhooks = new JObject { ["delivery"] = delivery, ["callbackData"] = "order=42" };
        if (contentType is not null)
        {
            webhooks["contentType"] = contentType;
        }

        message["webhooks"] = webhooks;
        return request;
    }

    private async Task SendAsync(JObject request)
    {
        using var response = await _client.PostMessagesAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }
}
