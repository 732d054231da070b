using System.Net;
using LineFlex.Sandbox;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// The sandbox answers only requests addressed to a loopback name, so a page whose host name was rebound to 127.0.0.1
/// cannot read the inbox or the journal, send, or trigger webhooks; its pages carry security headers.
/// </summary>
public class SandboxHostTests : SandboxFixture
{
    private async Task<HttpResponseMessage> WithHostAsync(HttpMethod method, string path, string host, string? authorization = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = host;
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(TestData.SeedRequestJson, System.Text.Encoding.UTF8, "application/json");
        }

        return await _client.SendAsync(request, authorization);
    }

    [TestCase("/")]
    [TestCase("/messages/request-1")]
    [TestCase("/sandbox/messages")]
    [TestCase("/line/1/reports")]
    public async Task A_call_addressed_to_another_host_name_is_refused_with_a_421_naming_the_host(string path)
    {
        using var response = await WithHostAsync(HttpMethod.Get, path, "rebound.example:" + _server.BaseUrl.Port, SandboxClient.Authorization);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(421));
            Assert.That(body, Does.Contain("rebound.example"));
            Assert.That(body, Does.Contain("SandboxOptions.AllowedHosts"));
            Assert.That(body, Does.Not.Contain("Inbox"));
        });
    }

    [Test]
    public async Task A_send_addressed_to_another_host_name_is_refused_and_accepts_nothing()
    {
        using var response = await WithHostAsync(HttpMethod.Post, "line/1/messages", "rebound.example", SandboxClient.Authorization);

        Assert.That((int)response.StatusCode, Is.EqualTo(421));
        Assert.That(_server.Received, Is.Empty);
        Assert.That(_server.Accepted, Is.Empty);
    }

    [TestCase("localhost")]
    [TestCase("LOCALHOST:{0}")]
    [TestCase("127.0.0.1:{0}")]
    [TestCase("127.0.0.1")]
    [TestCase("[::1]:{0}")]
    public async Task A_loopback_host_name_with_any_port_is_answered(string host)
    {
        using var response = await WithHostAsync(HttpMethod.Get, "/", string.Format(System.Globalization.CultureInfo.InvariantCulture, host, _server.BaseUrl.Port));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_host_name_the_options_allow_is_answered()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { AllowedHosts = ["sandbox.test"] });
        using var client = new SandboxClient(server);
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/");
        allowed.Headers.Host = "Sandbox.Test:8080";
        using var other = new HttpRequestMessage(HttpMethod.Get, "/");
        other.Headers.Host = "rebound.example";

        using var allowedResponse = await client.SendAsync(allowed, authorization: null);
        using var otherResponse = await client.SendAsync(other, authorization: null);

        Assert.That(allowedResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((int)otherResponse.StatusCode, Is.EqualTo(421));
    }

    [TestCase("")]
    [TestCase("has space")]
    [TestCase("with:port")]
    public void An_allowed_host_that_is_not_a_host_name_is_refused_with_a_teaching_error(string host)
    {
        var exception = Assert.ThrowsAsync<ArgumentException>(async () => await SandboxServer.StartAsync(new SandboxOptions { AllowedHosts = [host] }));

        Assert.That(exception!.Message, Does.Contain("SandboxOptions.AllowedHosts[0]"));
    }

    [Test]
    public async Task The_inbox_carries_security_headers_that_forbid_framing_sniffing_script_and_referrers()
    {
        using var response = await _client.GetAsync("/", authorization: null);

        var policy = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : string.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.Contain("default-src 'none'"));
            Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Not.Contain("script-src"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        });
    }

    [Test]
    public async Task The_journal_and_the_api_answers_forbid_sniffing_too()
    {
        using var journal = await _client.GetAsync("sandbox/messages", authorization: null);
        using var reports = await _client.GetReportsAsync();

        Assert.That(journal.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(reports.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }
}
