using LineFlex.Sandbox;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>Bulk sending over real sockets: batches, bounded concurrency, injected failures, and every message once.</summary>
public class BulkSendTests
{
    [Test]
    public async Task Ten_thousand_messages_with_injected_failures_are_each_accounted_for_exactly_once()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromHours(1) });
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
            o.BulkBatchSize = 100;
            o.BulkConcurrency = 4;
        }));
        // Two 503s are retried; three 500s fail their batch (not retried: they may have been delivered).
        sandbox.Faults.Enqueue(SandboxFault.ServiceUnavailable(), times: 2);
        sandbox.Faults.Enqueue(SandboxFault.ServerError(), times: 3);
        var messages = Enumerable.Range(0, 10_000).Select(BulkMessage).ToList();
        messages[5] = messages[5] with { Sender = null };
        var progress = new List<BulkProgress>();

        var outcome = await client.SendAllAsync(messages, new SynchronousProgress(progress));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 10_000)));
            Assert.That(outcome.Failures.Select(f => f.Message), Is.EqualTo(outcome.Failures.Select(f => messages[f.Index])));
            Assert.That(outcome.Items.Where(i => i.Accepted).Select(i => i.Message), Has.All.Null);
            Assert.That(outcome.Failed, Is.EqualTo(301));
            Assert.That(outcome.Accepted, Is.EqualTo(10_000 - 301));
            Assert.That(outcome.Items[5].Error, Is.TypeOf<FlexValidationException>());
            Assert.That(outcome.Failures.Count(f => f.Error is LineFlexApiException { StatusCode: 500 }), Is.EqualTo(300));
            Assert.That(sandbox.Accepted.Select(a => a.MessageId), Is.EquivalentTo(outcome.Items.Where(i => i.Accepted).Select(i => i.Sent.Single().MessageId)));
            Assert.That(outcome.Items.Where(i => i.Accepted).Select(i => i.Sent.Single().MessageId), Is.EqualTo(outcome.Items.Where(i => i.Accepted).Select(i => $"bulk-{i.Index}")));
            Assert.That(progress, Has.Member(new BulkProgress(10_000, 10_000 - 301, 301)));
            Assert.That(progress.Max(p => p.Processed), Is.EqualTo(10_000));
            Assert.That(sandbox.Received.Count(r => r.Method == "POST"), Is.EqualTo(100 + 2));
        });
    }

    [Test]
    public async Task An_async_stream_of_messages_is_sent_in_batches()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey });
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
            o.BulkBatchSize = 7;
        }));

        var outcome = await client.SendAllAsync(Stream(30));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Accepted, Is.EqualTo(30));
            Assert.That(sandbox.Received, Has.Count.EqualTo(5));
        });

        static async IAsyncEnumerable<LineMessage> Stream(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return BulkMessage(i);
            }
        }
    }

    /// <summary>Records progress on the reporting thread, unlike <see cref="Progress{T}"/>, which posts it later.</summary>
    private sealed class SynchronousProgress(List<BulkProgress> reports) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
