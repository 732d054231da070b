using System.Globalization;
using System.Text;
using LineFlex.Sandbox;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>What the sandbox reads and keeps is bounded: authentication first, a body size limit, a bounded journal.</summary>
public class SandboxLimitTests : SandboxFixture
{
    private const long TwentyNineMegabytes = 29_000_000;

    [Test]
    public async Task An_unauthenticated_post_with_a_big_body_is_answered_401_before_the_body_arrives_and_is_not_kept()
    {
        var status = await RawHttp.PostPartOfABodyAsync(_server.BaseUrl, "/line/1/messages", TwentyNineMegabytes, bytesSent: 64 * 1024, authorization: null);

        Assert.That(status, Does.StartWith("HTTP/1.1 401"));
        Assert.That(_server.Received, Is.Empty);
    }

    [Test]
    public async Task An_unauthenticated_post_to_an_unknown_path_is_answered_401_and_is_not_kept()
    {
        var status = await RawHttp.PostPartOfABodyAsync(_server.BaseUrl, "/no/such/path", TwentyNineMegabytes, bytesSent: 64 * 1024, authorization: null);

        Assert.That(status, Does.StartWith("HTTP/1.1 401"));
        Assert.That(_server.Received, Is.Empty);
    }

    [Test]
    public async Task An_authenticated_post_declaring_a_body_over_1_MiB_is_answered_413_before_the_body_arrives()
    {
        var status = await RawHttp.PostPartOfABodyAsync(
            _server.BaseUrl, "/line/1/messages", SandboxOptions.DefaultMaxRequestBodySize + 1, bytesSent: 0, SandboxClient.Authorization);

        Assert.That(status, Does.StartWith("HTTP/1.1 413"));
        Assert.That(_server.Received, Is.Empty);
    }

    [Test]
    public async Task An_authenticated_post_over_the_configured_limit_is_answered_413_with_an_infobip_error_and_is_not_kept()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { MaxRequestBodySize = 1024 });
        using var client = new SandboxClient(server);

        using var response = await client.PostMessagesAsync(new string(' ', 1025));

        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(413));
            Assert.That((string?)body["errorCode"], Is.EqualTo("E413"));
            Assert.That((string?)body["description"], Does.Contain("1024 bytes"));
            Assert.That((string?)body["action"], Does.Contain("SandboxOptions.MaxRequestBodySize"));
            Assert.That(server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task A_chunked_body_over_the_limit_is_answered_413()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { MaxRequestBodySize = 1024 });
        using var client = new SandboxClient(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "line/1/messages")
        {
            // A stream of unknown length goes out chunked, without a Content-Length.
            Content = new StreamContent(new UnseekableStream(new string(' ', 4096))),
        };

        using var response = await client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(server.Received, Is.Empty);
    }

    [Test]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        var json = SandboxClient.SeedRequest().ToString(Newtonsoft.Json.Formatting.None);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { MaxRequestBodySize = Encoding.UTF8.GetByteCount(json) });
        using var client = new SandboxClient(server);

        using var response = await client.PostMessagesAsync(json);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        Assert.That(server.Received.Single().Body, Is.EqualTo(json));
    }

    [Test]
    public async Task The_journal_keeps_the_200_most_recent_requests_by_default()
    {
        for (var i = 0; i <= 200; i++)
        {
            using var response = await _client.GetReportsAsync("?bulkId=" + i.ToString(CultureInfo.InvariantCulture));
        }

        var received = _server.Received;
        Assert.That(received, Has.Count.EqualTo(200));
        Assert.That(received[0].PathAndQuery, Is.EqualTo("/line/1/reports?bulkId=1"));
        Assert.That(received[^1].PathAndQuery, Is.EqualTo("/line/1/reports?bulkId=200"));
    }

    [Test]
    public async Task A_request_dropped_from_the_journal_takes_its_accepted_messages_with_it()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { JournalCapacity = 2 });
        using var client = new SandboxClient(server);

        foreach (var bulkId in new[] { "first", "second", "third" })
        {
            var request = SandboxClient.SeedRequest();
            request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = bulkId } };
            using var response = await client.PostMessagesAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
        }

        Assert.That(server.Received, Has.Count.EqualTo(2));
        Assert.That(server.Accepted.Select(a => a.BulkId), Is.EqualTo(new[] { "second", "third" }));
    }

    [Test]
    public async Task A_journal_capacity_of_0_keeps_nothing_but_still_accepts()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { JournalCapacity = 0 });
        using var client = new SandboxClient(server);

        using var response = await client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(server.Received, Is.Empty);
        Assert.That(server.Accepted, Is.Empty);
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    public void A_body_size_limit_below_1_is_refused_with_a_teaching_error(long limit)
    {
        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await SandboxServer.StartAsync(new SandboxOptions { MaxRequestBodySize = limit }));

        Assert.That(exception!.Message, Does.Contain("SandboxOptions.MaxRequestBodySize must be 1.."));
    }

    [Test]
    public void A_negative_journal_capacity_is_refused_with_a_teaching_error()
    {
        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await SandboxServer.StartAsync(new SandboxOptions { JournalCapacity = -1 }));

        Assert.That(exception!.Message, Does.Contain("Use 0 to keep no requests"));
    }

    [Test]
    public async Task An_unknown_path_is_quoted_as_a_short_excerpt()
    {
        var path = "x/" + new string('a', 5000);

        using var response = await _client.GetAsync(path);

        var description = (string?)(await SandboxClient.ReadJsonAsync(response))["description"];
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(description, Does.EndWith("…"));
        Assert.That(description!, Has.Length.LessThan(200));
    }

    [Test]
    public async Task A_huge_property_name_is_quoted_in_a_bounded_violation()
    {
        var name = new string('n', 500_000);

        using var response = await _client.PostMessagesAsync($"{{\"messages\":[{{\"{name}\":1}}]}}");

        var text = await response.Content.ReadAsStringAsync();
        var violation = (JObject)((JArray)TestData.ParseToken(text)["violations"]!)[0];
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(text, Has.Length.LessThan(2 * Excerpt.MaxMessageLength + 500));
            Assert.That((string?)violation["property"], Has.Length.LessThanOrEqualTo(Excerpt.MaxMessageLength));
            Assert.That((string?)violation["violation"], Has.Length.LessThanOrEqualTo(Excerpt.MaxMessageLength));
        });
    }

    /// <summary>Reads like a network stream: no length, no seeking, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(string text) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override bool CanSeek => false;
    }
}
