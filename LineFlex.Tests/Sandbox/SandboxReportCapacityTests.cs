using System.Globalization;
using LineFlex.Sandbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// Reports nobody pulls are kept up to <see cref="SandboxOptions.ReportCapacity"/>: beyond it the oldest is dropped,
/// counted, logged and shown on the inbox, so a sandbox under load holds a bounded amount and loses nothing silently.
/// </summary>
public class SandboxReportCapacityTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static JObject To(string messageId)
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["destinations"] = new JArray(new JObject { ["to"] = "66855538125", ["messageId"] = messageId });
        return request;
    }

    [Test]
    public async Task Beyond_the_capacity_the_oldest_unpulled_reports_are_dropped_counted_logged_and_shown()
    {
        var logs = new CollectingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(
            new SandboxOptions { TimeProvider = clock, DeliveryDelay = TimeSpan.Zero, ReportCapacity = 3, LoggerFactory = loggerFactory });
        using var client = new SandboxClient(server);

        for (var i = 1; i <= 5; i++)
        {
            (await client.PostMessagesAsync(To("m" + i.ToString(CultureInfo.InvariantCulture)))).Dispose();
        }

        var pulled = await client.PullReportsAsync();
        using var inbox = await client.GetAsync("/", authorization: null);
        var html = await inbox.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(pulled.Select(r => (string?)r["messageId"]), Is.EqualTo(new[] { "m3", "m4", "m5" }));
            Assert.That(server.DroppedReports, Is.EqualTo(2));
            Assert.That(logs.Messages, Has.Some.StartsWith("Warning: Dropped the unpulled delivery report of message m1").And.Contains("SandboxOptions.ReportCapacity (3)"));
            Assert.That(html, Does.Contain("2 delivery report(s) were dropped unpulled"));
        });
    }

    [Test]
    public async Task Reports_pulled_in_time_are_never_dropped()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero, ReportCapacity = 2 });
        using var client = new SandboxClient(server);

        var pulled = new List<string?>();
        for (var i = 1; i <= 5; i++)
        {
            (await client.PostMessagesAsync(To("m" + i.ToString(CultureInfo.InvariantCulture)))).Dispose();
            pulled.AddRange((await client.PullReportsAsync()).Select(r => (string?)r["messageId"]));
        }

        Assert.That(pulled, Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5" }));
        Assert.That(server.DroppedReports, Is.Zero);
    }

    [Test]
    public void The_ledger_keeps_10000_reports_by_default_and_drops_the_oldest_beyond()
    {
        var dropped = new List<string>();
        var ledger = new DeliveryLedger(SandboxOptions.DefaultReportCapacity, (report, _) => dropped.Add(report.MessageId));
        var message = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson).Messages![0];
        var accepted = Enumerable.Range(1, 10_005).Select(i => new AcceptedMessage("bulk", "m" + i.ToString(CultureInfo.InvariantCulture), "66855538125", message, Start)).ToList();

        ledger.Add(accepted, Start);
        ledger.Release(Start);
        var first = ledger.Take(new ReportQuery(null, null, null, null, null, 1));

        Assert.Multiple(() =>
        {
            Assert.That(SandboxOptions.DefaultReportCapacity, Is.EqualTo(10_000));
            Assert.That(ledger.Dropped, Is.EqualTo(5));
            Assert.That(dropped, Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5" }));
            Assert.That(first.Single().MessageId, Is.EqualTo("m6"));
        });
    }

    [Test]
    public void The_ledger_knows_the_earliest_delivery_still_waiting_as_messages_come_and_go()
    {
        var ledger = new DeliveryLedger(SandboxOptions.DefaultReportCapacity, (_, _) => { });
        var message = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson).Messages![0];
        AcceptedMessage[] One(string id) => [new AcceptedMessage("bulk", id, "66855538125", message, Start)];
        var nothing = ledger.NextDueAt();

        ledger.Add(One("late"), Start.AddMinutes(3));
        ledger.Add(One("early"), Start.AddMinutes(1));
        ledger.Add(One("middle"), Start.AddMinutes(2));
        var earliest = ledger.NextDueAt();
        ledger.Release(Start.AddMinutes(1));
        var afterOne = ledger.NextDueAt();
        ledger.Release(Start.AddMinutes(3));

        Assert.Multiple(() =>
        {
            Assert.That(nothing, Is.Null);
            Assert.That(earliest, Is.EqualTo(Start.AddMinutes(1)));
            Assert.That(afterOne, Is.EqualTo(Start.AddMinutes(2)));
            Assert.That(ledger.NextDueAt(), Is.Null);
        });
    }

    [Test]
    public void A_negative_report_capacity_is_refused_with_a_teaching_error()
    {
        var exception = Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await SandboxServer.StartAsync(new SandboxOptions { ReportCapacity = -1 }));

        Assert.That(exception!.Message, Does.Contain("SandboxOptions.ReportCapacity cannot be negative"));
    }
}
