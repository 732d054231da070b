using System.Globalization;
using System.Text;
using LineFlex.Sandbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// The inbox page is bounded whatever the sandbox keeps: how many requests it shows, how much of a body, how large a
/// page grows; what it leaves out it says. Its raw JSON is the body as received, and a page that fails is logged as the
/// 500 it is.
/// </summary>
public class SandboxInboxLimitTests : SandboxFixture
{
    private const int MiB = 1024 * 1024;

    private async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path, authorization: null);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task PostAsync(string body)
    {
        using var response = await _client.PostMessagesAsync(body);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 400));
    }

    /// <summary>A request with <paramref name="texts"/> text components of which every one breaks a rule (an invalid colour).</summary>
    private static string ManyBadTexts(int texts)
    {
        var json = new StringBuilder("""{"messages":[{"sender":"OFFICIAL-ACCOUNT-ID-123","destinations":[{"to":"66855538125"}],"content":{"altText":"many","type":"LINE_NOTIFICATION","contents":{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","contents":[""");
        for (var i = 0; i < texts; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("""{"type":"TEXT","text":"t","color":"red"}""");
        }

        return json.Append("]}}}}]}").ToString();
    }

    private static int Count(string html, string part)
    {
        var count = 0;
        for (var at = html.IndexOf(part, StringComparison.Ordinal); at >= 0; at = html.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Test]
    public async Task The_raw_json_is_the_whole_body_as_received_not_only_its_first_value()
    {
        await PostAsync("""{"messages":[]} {"tail":"after the first value"}""");

        var html = await PageAsync("/messages/request-1");

        Assert.That(html, Does.Contain("{&quot;messages&quot;:[]} {&quot;tail&quot;:&quot;after the first value&quot;}"));
    }

    [Test]
    public async Task A_long_body_is_shown_up_to_64_KiB_and_says_how_many_bytes_it_leaves_out()
    {
        var body = "{\"messages\":\"" + new string('x', 100_000) + "\"}";
        await PostAsync(body);

        var html = await PageAsync("/messages/request-1");

        var left = Encoding.UTF8.GetByteCount(body) - (64 * 1024);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"truncated, {left.ToString("N0", CultureInfo.InvariantCulture)} bytes more"));
            Assert.That(html, Does.Not.Contain(new string('x', 70_000)));
            Assert.That(html, Does.Contain(new string('x', 60_000)));
        });
    }

    [Test]
    public async Task The_inbox_shows_the_50_newest_requests_and_says_how_many_it_leaves_out()
    {
        for (var i = 0; i < 53; i++)
        {
            await PostAsync(TestData.SeedRequestJson);
        }

        var html = await PageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(Count(html, "<section class=\"lf-entry\""), Is.EqualTo(50));
            Assert.That(html, Does.Contain("id=\"request-53\""));
            Assert.That(html, Does.Not.Contain("id=\"request-3\""));
            Assert.That(html, Does.Contain("3 older request(s) not shown"));
            Assert.That(html, Does.Contain("href=\"/messages/request-3\""));
        });
    }

    [Test]
    public async Task Many_large_refused_requests_make_a_page_of_at_most_4_MiB_that_says_what_it_leaves_out()
    {
        var body = ManyBadTexts(6_000);
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.InRange(200_000, SandboxOptions.DefaultMaxRequestBodySize));
        for (var i = 0; i < 30; i++)
        {
            await PostAsync(body);
        }

        var html = await PageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(html), Is.LessThanOrEqualTo(4 * MiB));
            Assert.That(html, Does.Contain("id=\"request-30\""));
            Assert.That(Count(html, "<section class=\"lf-entry\""), Is.LessThan(30));
            Assert.That(html, Does.Contain("older request(s) not shown: this page shows at most 4 MiB"));
            Assert.That(html, Does.Contain("is too large to show here"));
            Assert.That(html, Does.Contain("error(s), 2 warning(s)"), "LINE's header and footer are missing");
        });
    }

    [Test]
    public async Task A_request_too_large_to_render_on_its_own_page_still_shows_its_findings_and_raw_json()
    {
        await PostAsync(ManyBadTexts(20_000));

        var html = await PageAsync("/messages/request-1");

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(html), Is.LessThanOrEqualTo(4 * MiB));
            Assert.That(html, Does.Contain("refused: it breaks a rule"));
            Assert.That(html, Does.Contain("is too large to show here"));
            Assert.That(html, Does.Contain("<code>messages[0].content.contents.body.contents[0].color</code>"));
            Assert.That(html, Does.Contain("more finding(s) not shown"));
            Assert.That(html, Does.Contain("<summary>Raw JSON (truncated, "));
        });
    }

    [Test]
    public void Twenty_thousand_findings_are_each_marked_on_the_component_they_belong_to()
    {
        // Marking used to compare every finding with every component; how long it takes now is measured by
        // PreviewManyFindingsBenchmarks (2,000 and 20,000 findings), not here.
        var request = FlexJson.Deserialize<LineRequest>(ManyBadTexts(20_000));
        Assert.That(FlexValidator.Default.Validate(request).Findings, Has.Count.GreaterThanOrEqualTo(20_000));

        var html = FlexPreview.Render(request, new PreviewOptions { LoadImages = false });

        Assert.Multiple(() =>
        {
            // Finding 1 is the bubble's size (LF507); each text's unknown colour follows, in order.
            Assert.That(html, Does.Contain("body.contents[0]\" data-findings=\"2\""));
            Assert.That(html, Does.Contain("body.contents[19999]\" data-findings=\"20001\""));
            Assert.That(Count(html, "class=\"lf-text lf-invalid\""), Is.EqualTo(20_000));
        });
    }
}

/// <summary>A page that fails is answered and logged as a 500, not logged as the 200 it would have been.</summary>
public class SandboxInboxFailureTests
{
    [Test]
    public async Task An_inbox_page_that_fails_is_answered_500_and_logged_as_500()
    {
        var logs = new CollectingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var clock = new BreakableClock();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, LoggerFactory = loggerFactory });
        using var client = new SandboxClient(server);
        (await client.PostMessagesAsync(SandboxClient.SeedRequest())).Dispose();

        clock.Broken = true;
        using var response = await client.GetAsync("/", authorization: null);
        clock.Broken = false;

        var line = await logs.WaitForAsync(m => m.StartsWith("Information: GET / answered", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(500));
            Assert.That(line, Is.EqualTo("Information: GET / answered 500: 0 message(s), bulk -, failed"));
            Assert.That(logs.Messages, Has.Some.StartsWith("Error: The sandbox failed on GET /"));
        });
    }

    /// <summary>A clock that throws while <see cref="Broken"/>, standing for any failure while a page is written.</summary>
    private sealed class BreakableClock : FakeTimeProvider
    {
        public bool Broken { get; set; }

        public override DateTimeOffset GetUtcNow() => Broken ? throw new InvalidOperationException("The clock broke.") : base.GetUtcNow();
    }
}
