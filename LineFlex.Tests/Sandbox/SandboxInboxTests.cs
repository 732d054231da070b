using System.Net;
using LineFlex.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>The inbox at <c>/</c>: what the sandbox received, newest first, rendered, with status, report, findings and raw JSON.</summary>
public class SandboxInboxTests : SandboxFixture
{
    private FakeTimeProvider _clock = null!;

    // One fixture instance runs every test: each gets a clock of its own.
    protected override SandboxOptions? Options()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        return new() { TimeProvider = _clock, DeliveryDelay = TimeSpan.FromSeconds(30) };
    }

    private async Task<(HttpStatusCode Status, string ContentType, string Html)> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path, authorization: null);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, await response.Content.ReadAsStringAsync());
    }

    private static JObject WithMessageId(string messageId)
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"]![0]!["messageId"] = messageId;
        return request;
    }

    [Test]
    public async Task The_inbox_needs_no_api_key_and_reloads_itself_without_script()
    {
        var (status, contentType, html) = await PageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(contentType, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(html, Does.Contain("<meta http-equiv=\"refresh\" content=\"5\">"));
            Assert.That(html, Does.Contain("Nothing received yet."));
            Assert.That(html, Does.Not.Contain("<script"));
        });
    }

    [Test]
    public async Task Looking_at_the_inbox_is_not_recorded_as_a_request()
    {
        await PageAsync("/");

        Assert.That(_server.Received, Is.Empty);
    }

    [Test]
    public async Task Messages_are_listed_newest_first_with_their_status()
    {
        (await _client.PostMessagesAsync(WithMessageId("first-id"))).Dispose();
        (await _client.PostMessagesAsync(WithMessageId("second-id"))).Dispose();

        var (_, _, html) = await PageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(html.IndexOf("second-id", StringComparison.Ordinal), Is.LessThan(html.IndexOf("first-id", StringComparison.Ordinal)));
            Assert.That(html, Does.Contain("Request 2</a>, received 2026-11-27 09:00:00 UTC: accepted, 1 destination(s)"));
            Assert.That(html, Does.Contain("<td class=\"lf-status\">PENDING_ACCEPTED</td><td>due 2026-11-27 09:00:30 UTC</td>"));
            Assert.That(html, Does.Contain("class=\"lf-bubble lf-mega\""));
            Assert.That(html, Does.Contain("<summary>Raw JSON</summary><pre>{"));
        });
    }

    [Test]
    public async Task A_delivered_message_shows_its_delivery_report()
    {
        (await _client.PostMessagesAsync(WithMessageId("order-42"))).Dispose();
        _clock.Advance(TimeSpan.FromSeconds(31));

        var (status, _, html) = await PageAsync("/messages/order-42");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("<td class=\"lf-status\">DELIVERED</td>"));
            Assert.That(html, Does.Contain("&quot;messageId&quot;: &quot;order-42&quot;"));
            Assert.That(html, Does.Contain("&quot;groupName&quot;: &quot;DELIVERED&quot;"));
            Assert.That(html, Does.Contain(", via Sandbox Thailand (52001)</summary>"));
        });
    }

    [Test]
    public async Task A_refused_request_is_shown_with_its_findings_and_outlined_components()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["content"]!["contents"]!["footer"]!["contents"]![0]!["contents"]![0]!["color"] = "red;background:url(https://evil.example/)";
        (await _client.PostMessagesAsync(request)).Dispose();

        var (_, _, html) = await PageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain(": refused: it breaks a rule</h2>"));
            Assert.That(html, Does.Contain("<code>messages[0].content.contents.footer.contents[0].contents[0].color</code>"));
            Assert.That(html, Does.Contain("lf-span lf-invalid"));
            Assert.That(html, Does.Not.Contain("url(https://evil.example/)\""));
        });
    }

    [Test]
    public async Task A_body_that_does_not_parse_is_shown_raw_with_the_parsers_error()
    {
        (await _client.PostMessagesAsync("{\"messages\": [<script>alert(1)</script>")).Dispose();

        var (_, _, html) = await PageAsync("/messages/request-1");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("refused: the body does not parse"));
            Assert.That(html, Does.Contain("{&quot;messages&quot;: [&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("<script>"));
        });
    }

    [Test]
    public async Task An_unknown_message_id_is_a_404_page()
    {
        var (status, _, html) = await PageAsync("/messages/%3Cb%3Enone");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(html, Does.Contain("Inbox</a> / &lt;b&gt;none</h1>"));
        });
    }

    [Test]
    public async Task The_api_still_wants_its_key()
    {
        using var response = await _client.GetReportsAsync(authorization: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
