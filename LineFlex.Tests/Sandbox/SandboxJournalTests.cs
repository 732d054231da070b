using System.Net;
using LineFlex.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary><c>GET /sandbox/messages</c>: what the sandbox accepted, as JSON, for scripts and pages; no key, not recorded, never faulted.</summary>
public class SandboxJournalTests : SandboxFixture
{
    private FakeTimeProvider _clock = null!;

    protected override SandboxOptions? Options()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        return new() { TimeProvider = _clock };
    }

    private async Task<JObject> ListAsync(string query = "")
    {
        using var response = await _client.GetAsync("sandbox/messages" + query, authorization: null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return await SandboxClient.ReadJsonAsync(response);
    }

    private static JObject Request(string bulkId, params string[] messageIds)
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"] = new JArray(messageIds.Select((id, i) => new JObject { ["to"] = $"6685553812{i}", ["messageId"] = id }));
        request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = bulkId } };
        return request;
    }

    [Test]
    public async Task Nothing_received_is_an_empty_list()
    {
        var list = await ListAsync();

        Assert.That(list.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""{"messages":[]}"""));
    }

    [Test]
    public async Task Each_accepted_destination_is_listed_with_its_bulk_id_message_id_number_time_and_message()
    {
        var request = Request("bulk-1", "m-1", "m-2");
        (await _client.PostMessagesAsync(request)).Dispose();

        var messages = (JArray)(await ListAsync())["messages"]!;

        var message = FlexJson.Deserialize<LineRequest>(request.ToString()).Messages![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(messages.Select(m => ((string?)m["bulkId"], (string?)m["messageId"], (string?)m["to"], (string?)m["receivedAt"])), Is.EqualTo(new[]
            {
                ("bulk-1", "m-1", "66855538120", "2026-11-27T09:00:00.000+0000"),
                ("bulk-1", "m-2", "66855538121", "2026-11-27T09:00:00.000+0000"),
            }));
            Assert.That(messages[0]["message"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo(FlexJson.Serialize(message)));
        });
    }

    [Test]
    public async Task The_list_is_in_arrival_order_and_can_be_filtered_by_bulk_id()
    {
        (await _client.PostMessagesAsync(Request("bulk-1", "first"))).Dispose();
        (await _client.PostMessagesAsync(Request("bulk-2", "second"))).Dispose();
        (await _client.PostMessagesAsync(Request("bulk-1", "third"))).Dispose();

        var all = (JArray)(await ListAsync())["messages"]!;
        var one = (JArray)(await ListAsync("?bulkId=bulk-1"))["messages"]!;

        Assert.That(all.Select(m => (string?)m["messageId"]), Is.EqualTo(new[] { "first", "second", "third" }));
        Assert.That(one.Select(m => (string?)m["messageId"]), Is.EqualTo(new[] { "first", "third" }));
    }

    [Test]
    public async Task A_refused_request_is_not_listed()
    {
        var invalid = Request("bulk-1", "m-1");
        invalid["messages"]![0]!["content"]!["altText"] = new string('a', 401);
        (await _client.PostMessagesAsync(invalid)).Dispose();

        Assert.That((JArray)(await ListAsync())["messages"]!, Is.Empty);
    }

    [Test]
    public async Task Listing_needs_no_key_is_not_recorded_and_is_never_answered_by_a_queued_fault()
    {
        await using var keyed = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = "right-key" });
        using var client = new SandboxClient(keyed);
        keyed.Faults.Enqueue(SandboxFault.ServerError());

        using var response = await client.GetAsync("sandbox/messages", authorization: null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(keyed.Received, Is.Empty);
            Assert.That(keyed.Faults.Pending, Is.EqualTo(1));
        });
    }
}
