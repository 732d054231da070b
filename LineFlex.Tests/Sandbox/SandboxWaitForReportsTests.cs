using LineFlex.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// <see cref="SandboxServer.WaitForReportsAsync"/>: told by the delivery itself, timed on the sandbox's clock, so a test
/// advances a fake clock instead of polling or sleeping.
/// </summary>
public class SandboxWaitForReportsTests : SandboxFixture
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private FakeTimeProvider _clock = null!;

    protected override SandboxOptions Options()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        return new SandboxOptions { TimeProvider = _clock, DeliveryDelay = Delay };
    }

    private static JObject Bulk(string bulkId, int destinations, string? webhook = null)
    {
        var request = SandboxClient.SeedRequest();
        var message = (JObject)request["messages"]![0]!;
        message["destinations"] = new JArray(Enumerable.Range(0, destinations).Select(i => new JObject { ["to"] = $"6685553812{i}" }));
        if (webhook is not null)
        {
            message["webhooks"] = new JObject { ["delivery"] = new JObject { ["url"] = webhook } };
        }

        request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = bulkId } };
        return request;
    }

    private async Task SendAsync(JObject request)
    {
        using var response = await _client.PostMessagesAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_wait_ends_when_the_clock_reaches_the_delivery_time_of_the_last_message()
    {
        await SendAsync(Bulk("bulk-1", 3));

        var waiting = _server.WaitForReportsAsync("bulk-1", TimeSpan.FromMinutes(1));
        _clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var before = waiting.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await waiting;

        Assert.That(before, Is.False);
        Assert.That(await _client.PullReportsAsync("?bulkId=bulk-1"), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_timeout_names_the_bulk_and_how_many_of_its_reports_are_ready()
    {
        await SendAsync(Bulk("bulk-2", 1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(Bulk("bulk-2", 2));

        var waiting = _server.WaitForReportsAsync("bulk-2", TimeSpan.FromSeconds(1.5));
        _clock.Advance(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(0.5));

        var error = Assert.ThrowsAsync<TimeoutException>(() => waiting)!;
        Assert.That(error.Message, Does.StartWith("1 of 3 delivery report(s) of bulk 'bulk-2' were ready after 00:00:01.5000000 on the sandbox's clock."));
        Assert.That(error.Message, Does.Contain("DeliveryDelay (00:00:02)").And.Contain("TimeSpan.Zero"));
    }

    [Test]
    public async Task Reports_already_pulled_or_handed_to_a_webhook_count_as_ready()
    {
        await SendAsync(Bulk("pulled", 1));
        await SendAsync(Bulk("pushed", 1, webhook: "http://127.0.0.1:1/nobody-listens"));
        _clock.Advance(Delay);
        await _client.PullReportsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(() => _server.WaitForReportsAsync("pulled", TimeSpan.Zero), Throws.Nothing);
            Assert.That(() => _server.WaitForReportsAsync("pushed", TimeSpan.Zero), Throws.Nothing);
        });
    }

    [Test]
    public void An_unknown_bulk_is_an_argument_error_that_says_which()
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => _server.WaitForReportsAsync("no-such-bulk", TimeSpan.FromSeconds(1)))!;

        Assert.That(error.ParamName, Is.EqualTo("bulkId"));
        Assert.That(error.Message, Does.StartWith("This sandbox accepted no message in bulk 'no-such-bulk'."));
    }

    [Test]
    public async Task A_refused_request_leaves_no_bulk_to_wait_for()
    {
        var invalid = Bulk("refused", 1);
        invalid["messages"]![0]!["content"]!["altText"] = new string('a', 401);
        (await _client.PostMessagesAsync(invalid)).Dispose();

        Assert.That(() => _server.WaitForReportsAsync("refused", TimeSpan.Zero), Throws.ArgumentException);
    }

    [Test]
    public void A_negative_timeout_is_refused()
    {
        Assert.That(() => _server.WaitForReportsAsync("bulk", TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task Cancelling_stops_the_wait()
    {
        await SendAsync(Bulk("bulk-3", 1));
        using var cancel = new CancellationTokenSource();

        var waiting = _server.WaitForReportsAsync("bulk-3", Timeout.InfiniteTimeSpan, cancel.Token);
        await cancel.CancelAsync();

        Assert.That(() => waiting, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Stopping_the_sandbox_ends_the_wait()
    {
        await SendAsync(Bulk("bulk-4", 1));

        var waiting = _server.WaitForReportsAsync("bulk-4", Timeout.InfiniteTimeSpan);
        await _server.StopAsync();

        Assert.That(() => waiting, Throws.InstanceOf<ObjectDisposedException>().With.Message.Contains("stopped"));
    }

    [Test]
    public async Task A_delivery_delay_of_zero_makes_the_reports_ready_before_the_send_is_answered()
    {
        // No timer of this clock ever fires: only a delivery made during the send itself can make the reports ready.
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = new TimersThatNeverFire(), DeliveryDelay = TimeSpan.Zero });
        using var client = new LineFlexClient(server.BaseUrl.AbsoluteUri, "any-key");

        var sent = await client.SendAsync(FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson));

        Assert.That(() => server.WaitForReportsAsync(sent.BulkId!, TimeSpan.Zero), Throws.Nothing);
        Assert.That(await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = sent.BulkId }), Has.Count.EqualTo(1));
    }

    /// <summary>The system clock, with timers that never fire.</summary>
    private sealed class TimersThatNeverFire : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Never();

        private sealed class Never : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => default;
        }
    }
}
