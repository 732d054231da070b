using LineFlex.Gallery;
using LineFlex.Sandbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace LineFlex.Tests.Scale;

/// <summary>
/// Workers against a real RabbitMQ, a real PostgreSQL ledger and the sandbox: what the sandbox received is the
/// evidence, never the workers' own view.
/// </summary>
[Category("Services")]
[NonParallelizable]
public sealed class WorkerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private SandboxServer _sandbox = null!;
    private ScratchDatabase _database = null!;
    private NotificationLedger _ledger = null!;
    private string _queue = null!;
    private readonly List<IHost> _workers = [];

    [SetUp]
    public async Task StartAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero, JournalCapacity = 100_000 });
        _database = await ScaleServices.CreateDatabaseAsync();
        _ledger = new NotificationLedger(_database.ConnectionString);
        _queue = "lineflex-test-" + Guid.NewGuid().ToString("N")[..12];
    }

    [TearDown]
    public async Task StopAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync();
            worker.Dispose();
        }

        await _ledger.DisposeAsync();
        await _database.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private async Task<IHost> WorkerAsync(Action<LineFlexWorkerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var worker = await ScaleServices.StartWorkerAsync(_sandbox.BaseUrl, _database.ConnectionString, _queue, configure, services);
        _workers.Add(worker);
        return worker;
    }

    private List<ReceivedRequest> Sends() =>
        [.. _sandbox.Received.Where(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/line/1/messages", StringComparison.Ordinal))];

    [Test]
    public async Task Two_workers_with_a_limit_of_50_requests_a_second_never_send_more_than_55_in_any_second()
    {
        await WorkerAsync(o => (o.RequestsPerSecond, o.MaxBatchSize) = (50, 2));
        await WorkerAsync(o => (o.RequestsPerSecond, o.MaxBatchSize) = (50, 2));
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);

        const int messages = 400;
        foreach (var member in Enumerable.Range(0, messages))
        {
            await publisher.Queue.Send(ScaleServices.Points(member));
        }

        var outcomes = await publisher.OutcomesAsync(messages, Timeout);

        var arrivals = Sends().Select(r => r.ReceivedAt).Order().ToList();
        var busiest = 0;
        for (int first = 0, last = 0; first < arrivals.Count; first++)
        {
            while (last < arrivals.Count && arrivals[last] - arrivals[first] < TimeSpan.FromSeconds(1))
            {
                last++;
            }

            busiest = Math.Max(busiest, last - first);
        }

        TestContext.Out.WriteLine($"{arrivals.Count} requests in {arrivals[^1] - arrivals[0]}; the busiest one-second window held {busiest}");
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(NotificationStatus.Accepted));
            Assert.That(_sandbox.Accepted.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(messages));
            // At most 2 messages a request: at least 200 requests, so at 50 a second the run lasts 4 seconds or more.
            Assert.That(arrivals, Has.Count.GreaterThanOrEqualTo(messages / 2));
            Assert.That(arrivals[^1] - arrivals[0], Is.GreaterThan(TimeSpan.FromSeconds(3)));
            Assert.That(busiest, Is.LessThanOrEqualTo(55), "requests in the busiest one-second window, as the sandbox received them");
        });
    }

    [Test]
    public async Task A_429_pauses_every_worker_for_its_retry_after()
    {
        // One message at a time each: while one worker holds the refused message, the broker must give the next to the other.
        await WorkerAsync(o => (o.RequestsPerSecond, o.MaxBatchSize, o.ConcurrentBatches) = (1000, 1, 1));
        await WorkerAsync(o => (o.RequestsPerSecond, o.MaxBatchSize, o.ConcurrentBatches) = (1000, 1, 1));
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);
        _sandbox.Faults.Enqueue(SandboxFault.TooManyRequests(TimeSpan.FromSeconds(2)));

        await publisher.Queue.Send(ScaleServices.Points(1));
        // A request already in flight when the 429 comes cannot be called back: the next one, once the pause is known, waits.
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var paused = new NpgsqlCommand("SELECT count(*) FROM lineflex_rate WHERE paused_until > clock_timestamp()", connection);
            while ((long)(await paused.ExecuteScalarAsync())! == 0)
            {
                await Task.Delay(10);
            }
        }

        await publisher.Queue.Send(ScaleServices.Points(2));
        var outcomes = await publisher.OutcomesAsync(2, Timeout);

        var sends = Sends();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(NotificationStatus.Accepted));
            Assert.That(sends, Has.Count.EqualTo(3), "the refused request, then each message once");
            Assert.That(sends.Skip(1).Select(s => s.ReceivedAt - sends[0].ReceivedAt), Is.All.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)));
        });
    }

    [Test]
    public async Task Requests_with_one_message_id_are_sent_once()
    {
        await WorkerAsync();
        await WorkerAsync();
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);

        for (var i = 0; i < 5; i++)
        {
            await publisher.Queue.Send(ScaleServices.Points(7, messageId: "payment-reminder-7", campaignId: "december"));
        }

        await publisher.Queue.Send(ScaleServices.Points(8, messageId: "payment-reminder-8", campaignId: "december"));
        var outcomes = await publisher.OutcomesAsync(2, Timeout);
        // The duplicates publish nothing; give them time to be consumed before counting what the sandbox saw.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var status = await _ledger.GetCampaignStatusAsync("december");
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.MessageId), Is.EquivalentTo(new[] { "payment-reminder-7", "payment-reminder-8" }));
            Assert.That(_sandbox.Accepted.Select(m => m.MessageId), Is.EquivalentTo(new[] { "payment-reminder-7", "payment-reminder-8" }));
            Assert.That(status.Counts[LedgerState.Accepted], Is.EqualTo(2));
            Assert.That(status.Total, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_redelivered_message_its_dead_worker_was_sending_is_marked_ambiguous_and_not_sent_until_an_operator_resends_it()
    {
        await WorkerAsync();
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);
        // What a worker killed between claiming and recording leaves: the row in "sending" under the broker message's id.
        var transportId = Guid.NewGuid();
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "INSERT INTO lineflex_ledger (message_id, campaign_id, state, destination, transport_message_id, worker, sending_at, payload) VALUES ('receipt-1', 'december', 'sending', '66800000001', $1, 'worker-killed', clock_timestamp(), $2)",
                connection);
            command.Parameters.Add(new NpgsqlParameter { Value = transportId });
            command.Parameters.Add(new NpgsqlParameter
            {
                Value = FlexJson.Serialize(new PointsEarned().BuildSample("en") with
                {
                    Sender = "OFFICIAL-ACCOUNT-ID-123",
                    Destinations = ValueList.From([new LineDestination { To = "66800000001", MessageId = "receipt-1" }]),
                }),
            });
            await command.ExecuteNonQueryAsync();
        }

        await publisher.Queue.Send(ScaleServices.Points(1, messageId: "receipt-1", campaignId: "december"), context => context.MessageId = transportId);
        var outcome = (await publisher.OutcomesAsync(1, Timeout)).Single();
        var ambiguous = await _ledger.GetAmbiguousAsync("december");
        var sentBefore = _sandbox.Accepted.Count;

        using var client = new LineFlexClient(_sandbox.BaseUrl.AbsoluteUri, "any-key");
        var resent = await _ledger.ResendAsync(["receipt-1"], client);
        var again = await _ledger.ResendAsync(["receipt-1"], client);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(NotificationStatus.Ambiguous));
            Assert.That(outcome.Error, Does.Contain("worker-killed").And.Contain("may have reached Infobip"));
            Assert.That(ambiguous.Select(a => a.MessageId), Is.EqualTo(new[] { "receipt-1" }));
            Assert.That(sentBefore, Is.Zero, "the redelivery must not send it");
            Assert.That(resent.Single(), Has.Property(nameof(ResendResult.Resent)).True.And.Property(nameof(ResendResult.State)).EqualTo(LedgerState.Accepted));
            Assert.That(again.Single().Resent, Is.False);
            Assert.That(again.Single().Detail, Does.Contain("not ambiguous"));
            Assert.That(_sandbox.Accepted.Select(m => m.MessageId), Is.EqualTo(new[] { "receipt-1" }));
        });
    }

    [Test]
    public async Task Delivery_reports_recorded_in_the_ledger_count_as_delivered_in_the_campaigns_status()
    {
        await WorkerAsync();
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);
        await publisher.Queue.Send(ScaleServices.Points(1, messageId: "due-1", campaignId: "december"));
        await publisher.Queue.Send(ScaleServices.Points(2, messageId: "due-2", campaignId: "december"));
        var outcomes = await publisher.OutcomesAsync(2, Timeout);
        foreach (var bulkId in outcomes.Select(o => o.BulkId!).Distinct())
        {
            await _sandbox.WaitForReportsAsync(bulkId, Timeout);
        }

        using var client = new LineFlexClient(_sandbox.BaseUrl.AbsoluteUri, "any-key");
        var before = await _ledger.GetCampaignStatusAsync("december");
        var updated = await _ledger.RecordDeliveryReportsAsync(await client.GetDeliveryReportsAsync());
        var after = await _ledger.GetCampaignStatusAsync("december");

        Assert.Multiple(() =>
        {
            Assert.That(before.Delivered, Is.Zero);
            Assert.That(updated, Is.EqualTo(2));
            Assert.That(after.Delivered, Is.EqualTo(2));
            Assert.That(after.Counts[LedgerState.Accepted], Is.EqualTo(2));
        });
    }

    [Test]
    public async Task An_invalid_request_is_refused_with_findings_and_never_sent()
    {
        await WorkerAsync();
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);

        await publisher.Queue.Send(NotificationRequest.ForTemplate("points-earnt", new { }, "66800000002", "typo-1"));
        await publisher.Queue.Send(NotificationRequest.ForTemplate(
            "points-earned", new Points(Language.English, 3, 1003, null, "ftp://example.com/points"), "66800000003", "bad-link"));
        var outcomes = (await publisher.OutcomesAsync(2, Timeout)).ToDictionary(o => o.MessageId);

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes["typo-1"].Status, Is.EqualTo(NotificationStatus.Refused));
            Assert.That(outcomes["typo-1"].Findings.Single(), Does.Contain("no template named 'points-earnt'").And.Contain("points-earned"));
            Assert.That(outcomes["bad-link"].Status, Is.EqualTo(NotificationStatus.Refused));
            Assert.That(outcomes["bad-link"].Findings, Has.Some.Contain(".action.uri").And.Contain("LF411"));
            Assert.That(await _ledger.GetStateAsync("typo-1"), Is.EqualTo(LedgerState.Failed));
            Assert.That(_sandbox.Received, Is.Empty);
        });
    }

    [Test]
    public async Task A_request_breaking_a_team_rule_is_refused_with_its_finding_and_never_sent()
    {
        await WorkerAsync(services: s => s.AddLineFlexValidator<LineFlex.Tests.Transport.Sockets.SendValidatorTests.ShopRules>());
        await using var publisher = await ScaleServices.StartPublisherAsync(_queue);

        await publisher.Queue.Send(ScaleServices.Points(7, "team-rule"));
        var outcome = (await publisher.OutcomesAsync(1, Timeout)).Single();

        Assert.Multiple(async () =>
        {
            Assert.That(outcome.Status, Is.EqualTo(NotificationStatus.Refused));
            Assert.That(outcome.Findings, Is.EqualTo(new[] { "content.altText: altText starts with the shop's name, Acme. [SHOP1]" }));
            Assert.That(await _ledger.GetStateAsync("team-rule"), Is.EqualTo(LedgerState.Failed));
            Assert.That(Sends(), Is.Empty);
        });
    }
}
