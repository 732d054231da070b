using LineFlex.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>GET /line/1/reports: reports appear after the delivery delay, once each, filtered and limited.</summary>
public class SandboxReportTests : SandboxFixture
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private FakeTimeProvider _clock = null!;

    protected override SandboxOptions Options()
    {
        _clock = new FakeTimeProvider(Start);
        return new SandboxOptions { TimeProvider = _clock, DeliveryDelay = Delay };
    }

    [Test]
    public async Task A_report_appears_after_the_delivery_delay_and_is_returned_once()
    {
        var sent = await SendAsync(SandboxClient.SeedRequest());

        Assert.That(await _client.PullReportsAsync(), Is.Empty, "before the delay");
        _clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.That(await _client.PullReportsAsync(), Is.Empty, "a millisecond before the delay");
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var first = await _client.PullReportsAsync();
        var second = await _client.PullReportsAsync();

        Assert.That(first, Has.Count.EqualTo(1));
        Assert.That(second, Is.Empty);
        var report = (JObject)first[0];
        Assert.That((string?)report["bulkId"], Is.EqualTo((string?)sent["bulkId"]));
        Assert.That((string?)report["messageId"], Is.EqualTo((string?)sent["messages"]![0]!["messageId"]));
        Assert.That((string?)report["to"], Is.EqualTo("66855538125"));
        Assert.That((string?)report["sender"], Is.EqualTo("OFFICIAL-ACCOUNT-ID-123"));
        Assert.That((string?)report["sentAt"], Is.EqualTo("2026-03-01T09:00:00.000+0000"));
        Assert.That((string?)report["doneAt"], Is.EqualTo("2026-03-01T09:00:02.000+0000"));
        Assert.That((int?)report["messageCount"], Is.EqualTo(1));
        Assert.That((string?)report["mccMnc"], Is.EqualTo("52001"));
        Assert.That(report["price"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("{\"pricePerMessage\":0.0,\"currency\":\"EUR\"}"));
        Assert.That(report["status"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo(
            "{\"groupId\":3,\"groupName\":\"DELIVERED\",\"id\":5,\"name\":\"DELIVERED_TO_HANDSET\",\"description\":\"Message delivered to handset\"}"));
        Assert.That(report["error"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo(
            "{\"groupId\":0,\"groupName\":\"OK\",\"id\":0,\"name\":\"NO_ERROR\",\"description\":\"No Error\",\"permanent\":false}"));
        Assert.That(report.ContainsKey("campaignReferenceId"), Is.False);
        Assert.That(report.ContainsKey("platform"), Is.False);
    }

    [Test]
    public async Task A_report_carries_the_callback_data_campaign_and_platform_of_its_message()
    {
        var request = SandboxClient.SeedRequest();
        var message = (JObject)request["messages"]![0]!;
        message["options"] = new JObject
        {
            ["platform"] = new JObject { ["entityId"] = "entity-1", ["applicationId"] = "app-1" },
            ["campaignReferenceId"] = "spring-sale",
        };
        message["webhooks"] = new JObject { ["callbackData"] = "order=42" };
        await SendAsync(request);
        _clock.Advance(Delay);

        var report = (JObject)(await _client.PullReportsAsync()).Single();

        Assert.That((string?)report["callbackData"], Is.EqualTo("order=42"));
        Assert.That((string?)report["campaignReferenceId"], Is.EqualTo("spring-sale"));
        Assert.That(report["platform"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("{\"entityId\":\"entity-1\",\"applicationId\":\"app-1\"}"));
    }

    [Test]
    public async Task Reports_without_authorization_answer_401()
    {
        using var response = await _client.GetReportsAsync(authorization: null);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That((string?)(await SandboxClient.ReadJsonAsync(response))["errorCode"], Is.EqualTo("E401"));
    }

    [Test]
    public async Task The_limit_caps_each_pull_and_the_rest_stays_for_the_next()
    {
        await SendAsync(WithDestinations(SandboxClient.SeedRequest(), "66800000001", "66800000002", "66800000003"));
        _clock.Advance(Delay);

        var first = await _client.PullReportsAsync("?limit=2");
        var rest = await _client.PullReportsAsync("?limit=2");

        Assert.That(first.Select(r => (string?)r["to"]), Is.EqualTo(new[] { "66800000001", "66800000002" }));
        Assert.That(rest.Select(r => (string?)r["to"]), Is.EqualTo(new[] { "66800000003" }));
    }

    [Test]
    public async Task The_default_limit_is_50()
    {
        var numbers = Enumerable.Range(1, 60).Select(i => "668000000" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await SendAsync(WithDestinations(SandboxClient.SeedRequest(), numbers));
        _clock.Advance(Delay);

        Assert.That(await _client.PullReportsAsync(), Has.Count.EqualTo(50));
        Assert.That(await _client.PullReportsAsync(), Has.Count.EqualTo(10));
    }

    [TestCase("0")]
    [TestCase("1001")]
    [TestCase("ten")]
    [TestCase("-1")]
    public async Task A_limit_outside_1_to_1000_answers_400(string limit)
    {
        using var response = await _client.GetReportsAsync("?limit=" + limit);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.That((string?)body["errorCode"], Is.EqualTo("E400"));
        Assert.That((string?)body["violations"]![0]!["property"], Is.EqualTo("limit"));
        Assert.That((string?)body["violations"]![0]!["violation"], Does.Contain("between 1 and 1000"));
    }

    [Test]
    public async Task The_bulk_id_filter_returns_only_that_bulk_and_leaves_the_others()
    {
        await SendAsync(WithBulkId(SandboxClient.SeedRequest(), "bulk-a"));
        await SendAsync(WithBulkId(SandboxClient.SeedRequest(), "bulk-b"));
        _clock.Advance(Delay);

        var b = await _client.PullReportsAsync("?bulkId=bulk-b");
        var rest = await _client.PullReportsAsync();

        Assert.That(b.Select(r => (string?)r["bulkId"]), Is.EqualTo(new[] { "bulk-b" }));
        Assert.That(rest.Select(r => (string?)r["bulkId"]), Is.EqualTo(new[] { "bulk-a" }));
    }

    [Test]
    public async Task The_message_id_filter_returns_only_that_message()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"] = new JArray(
            new JObject { ["to"] = "66800000001", ["messageId"] = "m-1" },
            new JObject { ["to"] = "66800000002", ["messageId"] = "m-2" });
        await SendAsync(request);
        _clock.Advance(Delay);

        var reports = await _client.PullReportsAsync("?messageId=m-2");

        Assert.That(reports.Select(r => (string?)r["messageId"]), Is.EqualTo(new[] { "m-2" }));
    }

    [Test]
    public async Task A_message_accepted_later_is_due_later()
    {
        await SendAsync(WithBulkId(SandboxClient.SeedRequest(), "early"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(WithBulkId(SandboxClient.SeedRequest(), "late"));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var first = await _client.PullReportsAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await _client.PullReportsAsync();

        Assert.That(first.Select(r => (string?)r["bulkId"]), Is.EqualTo(new[] { "early" }));
        Assert.That(second.Select(r => (string?)r["bulkId"]), Is.EqualTo(new[] { "late" }));
    }

    internal static JObject WithBulkId(JObject request, string bulkId)
    {
        request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = bulkId } };
        return request;
    }

    internal static JObject WithDestinations(JObject request, params string[] numbers)
    {
        request["messages"]![0]!["destinations"] = new JArray(numbers.Select(n => new JObject { ["to"] = n }));
        return request;
    }

    private async Task<JObject> SendAsync(JObject request)
    {
        using var response = await _client.PostMessagesAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await SandboxClient.ReadJsonAsync(response);
    }

    [TestCase("66855538125", "52001", TestName = "A Thai number is delivered through a Thai network")]
    [TestCase("819012345678", "44001", TestName = "A Japanese number is delivered through a Japanese network")]
    [TestCase("6281234567890", "51001", TestName = "An Indonesian number is delivered through an Indonesian network")]
    [TestCase("886912345678", "46601", TestName = "A Taiwanese number is delivered through a Taiwanese network")]
    [TestCase("4917612345678", "00101", TestName = "A number of another country is delivered through the test network")]
    public async Task The_mcc_mnc_of_a_report_follows_the_country_code_of_its_destination(string to, string mccMnc)
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"] = new JArray(new JObject { ["to"] = to });
        await SendAsync(request);
        _clock.Advance(Delay);

        var report = (await _client.PullReportsAsync()).Single();

        Assert.That((string?)report["mccMnc"], Is.EqualTo(mccMnc));
    }

    [TestCase("+819012345678", "Sandbox Japan")]
    [TestCase("88612345678", "Sandbox Taiwan")]
    [TestCase("8812345678", "Sandbox test network")]
    [TestCase("", "Sandbox test network")]
    public void The_network_is_found_with_or_without_a_plus_and_by_the_longest_code(string to, string name) =>
        Assert.That(SandboxNetwork.Of(to).Name, Is.EqualTo(name));
}
