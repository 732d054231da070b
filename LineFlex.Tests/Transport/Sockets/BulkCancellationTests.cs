using LineFlex.Sandbox;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>Cancelling a bulk send leaves every message taken from the input accounted for, and the streaming form yields them all.</summary>
public class BulkCancellationTests
{
    private static Task<SandboxServer> Sandbox() =>
        SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromHours(1) });

    /// <summary>Batches of 10, 4 in flight (the default concurrency).</summary>
    private static LineFlexClient Client(SandboxServer sandbox) =>
        new(Options(o =>
        {
            o.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
            o.BulkBatchSize = 10;
        }));

    [Test]
    public async Task Cancelling_mid_bulk_accounts_for_every_message_read_against_what_the_server_accepted()
    {
        await using var sandbox = await Sandbox();
        using var client = Client(sandbox);
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(500, cancel);

        var error = Assert.CatchAsync<BulkSendCanceledException>(() => client.SendAllAsync(Enumerable.Range(0, 5_000).Select(BulkMessage), progress, cancel.Token))!;
        var outcome = error.Outcome;
        var accepted = outcome.Items.Where(i => i.Accepted).Select(i => i.Sent.Single().MessageId).ToHashSet();
        var inDoubt = outcome.Items.Where(i => i.Status == BulkItemStatus.MayHaveBeenDelivered).Select(i => $"bulk-{i.Index}").ToHashSet();
        var notSent = outcome.Items.Where(i => i.Status == BulkItemStatus.NotSent).Select(i => $"bulk-{i.Index}").ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(error.CancellationToken, Is.EqualTo(cancel.Token));
            Assert.That(outcome.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, outcome.Items.Count)), "every message read, once, in order");
            Assert.That(outcome.Items, Has.Count.LessThan(5_000).And.Count.GreaterThanOrEqualTo(500));
            Assert.That(outcome.Accepted + outcome.NotSent + outcome.MayHaveBeenDelivered, Is.EqualTo(outcome.Items.Count), "no other failure");
            Assert.That(accepted, Is.SubsetOf(sandbox.Accepted.Select(a => a.MessageId)), "every accepted message reached the server");
            Assert.That(sandbox.Accepted.Select(a => a.MessageId), Is.SubsetOf(accepted.Concat(inDoubt)), "the server got nothing the outcome calls not sent or does not know");
            Assert.That(notSent, Has.None.AnyOf(sandbox.Accepted.Select(a => a.MessageId).ToArray()));
            Assert.That(outcome.Items.Where(i => !i.Accepted).Select(i => i.Message), Has.None.Null);
        });
    }

    [Test]
    public async Task A_batch_in_flight_when_cancelled_may_have_been_delivered_and_the_next_was_not_sent()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.BulkBatchSize = 5;
            o.BulkConcurrency = 1;
        }));
        using var cancel = new CancellationTokenSource();

        var sending = client.SendAllAsync(Enumerable.Range(0, 100).Select(BulkMessage), cancellationToken: cancel.Token);
        await arrived.Task;
        await cancel.CancelAsync();
        var error = Assert.CatchAsync<BulkSendCanceledException>(() => sending)!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Outcome.Items.Select(i => i.Status), Is.EqualTo(Enumerable.Repeat(BulkItemStatus.MayHaveBeenDelivered, 5).Concat(Enumerable.Repeat(BulkItemStatus.NotSent, 5))));
            Assert.That(error.Outcome.Items[0].Error, Is.TypeOf<LineFlexCanceledException>().With.Property("Attempts").EqualTo(1));
            Assert.That(error.Outcome.Items[5].Error!.Message, Does.Contain("nothing was sent for it"));
            Assert.That(error.Outcome.ToString(), Is.EqualTo("10 message(s): 0 accepted, 10 failed (5 not sent, 5 may have been delivered)"));
            Assert.That(server.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task The_streaming_form_yields_each_result_once_as_it_is_known()
    {
        await using var sandbox = await Sandbox();
        sandbox.Faults.Enqueue(SandboxFault.ServerError(), times: 2);
        using var client = Client(sandbox);
        var messages = Enumerable.Range(0, 1_000).Select(BulkMessage).ToList();
        messages[3] = messages[3] with { Sender = null };

        var seen = new List<BulkItemResult>();
        await foreach (var item in client.SendEachAsync(messages))
        {
            seen.Add(item);
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(i => i.Index).Order(), Is.EqualTo(Enumerable.Range(0, 1_000)));
            Assert.That(seen.Single(i => i.Index == 3).Error, Is.TypeOf<FlexValidationException>());
            Assert.That(seen.Count(i => i.Status == BulkItemStatus.MayHaveBeenDelivered), Is.EqualTo(20));
            Assert.That(seen.Count(i => i.Accepted), Is.EqualTo(1_000 - 21));
            Assert.That(sandbox.Accepted, Has.Count.EqualTo(1_000 - 21));
        });
    }

    [Test]
    public async Task The_streaming_form_yields_what_was_read_then_throws_when_cancelled()
    {
        await using var sandbox = await Sandbox();
        using var client = Client(sandbox);
        using var cancel = new CancellationTokenSource();
        var seen = new List<BulkItemResult>();

        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in client.SendEachAsync(Enumerable.Range(0, 5_000).Select(BulkMessage), cancellationToken: cancel.Token))
            {
                seen.Add(item);
                if (seen.Count == 200)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(i => i.Index).Order(), Is.EqualTo(Enumerable.Range(0, seen.Count)));
            Assert.That(seen.Where(i => i.Accepted).Select(i => i.Sent.Single().MessageId), Is.SubsetOf(sandbox.Accepted.Select(a => a.MessageId)));
            Assert.That(sandbox.Accepted.Select(a => a.MessageId), Is.SubsetOf(seen.Where(i => i.Accepted || i.Status == BulkItemStatus.MayHaveBeenDelivered).Select(i => $"bulk-{i.Index}")));
        });
    }

    [Test]
    public async Task An_input_that_throws_ends_the_bulk_with_its_exception_after_every_message_read_was_sent()
    {
        await using var sandbox = await Sandbox();
        using var client = Client(sandbox);
        var seen = new List<BulkItemResult>();

        var error = Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in client.SendEachAsync(Failing()))
            {
                seen.Add(item);
            }
        });

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("row 25 is corrupt"));
            Assert.That(seen.Select(i => i.Index).Order(), Is.EqualTo(Enumerable.Range(0, 25)));
            Assert.That(seen.Count(i => i.Accepted), Is.EqualTo(25));
            Assert.That(sandbox.Accepted, Has.Count.EqualTo(25));
        });

        static IEnumerable<LineMessage> Failing()
        {
            for (var i = 0; i < 25; i++)
            {
                yield return BulkMessage(i);
            }

            throw new InvalidDataException("row 25 is corrupt");
        }
    }

    /// <summary>Cancels once the given number of messages have a result.</summary>
    private sealed class CancelAt(int processed, CancellationTokenSource cancel) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value)
        {
            if (value.Processed >= processed)
            {
                cancel.Cancel();
            }
        }
    }
}
