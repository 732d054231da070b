using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace LineFlex;

/// <summary>Bulk sending: batches, bounded concurrency, progress, and every message accounted for once, cancelled or not.</summary>
public sealed partial class LineFlexClient
{
    /// <summary>The name of the activity around a whole bulk send; each batch's send is a child of it.</summary>
    internal const string BulkActivityName = "LineFlex bulk send";

    /// <summary>
    /// Sends many messages in requests of at most <see cref="LineFlexOptions.BulkBatchSize"/> messages, with at
    /// most <see cref="LineFlexOptions.BulkConcurrency"/> requests in flight. Each message is validated on its own
    /// first; an invalid one fails without being sent. One failed batch does not stop the others. Built on
    /// <see cref="SendEachAsync(IAsyncEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>;
    /// it keeps one result per message, so for millions of messages prefer that streaming form.
    /// </summary>
    /// <returns>Every input message exactly once, in input order: accepted or failed with the reason.</returns>
    /// <exception cref="BulkSendCanceledException">
    /// The token was cancelled. Its <see cref="BulkSendCanceledException.Outcome"/> accounts for every message
    /// taken from the input: accepted, failed, not sent, or in flight and so possibly delivered.
    /// </exception>
    public Task<BulkOutcome> SendAllAsync(IEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return SendAllAsync(ToAsync(messages), progress, cancellationToken);
    }

    /// <inheritdoc cref="SendAllAsync(IEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>
    public async Task<BulkOutcome> SendAllAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var results = new List<BulkItemResult>();
        try
        {
            await foreach (var item in SendEachAsync(messages, progress, cancellationToken).ConfigureAwait(false))
            {
                results.Add(item);
            }
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            results.Sort((a, b) => a.Index.CompareTo(b.Index));
            throw new BulkSendCanceledException(new BulkOutcome(results), e, cancellationToken);
        }

        results.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new BulkOutcome(results);
    }

    /// <inheritdoc cref="SendEachAsync(IAsyncEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>
    public IAsyncEnumerable<BulkItemResult> SendEachAsync(IEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return SendEachAsync(ToAsync(messages), progress, cancellationToken);
    }

    /// <summary>
    /// Sends many messages as <see cref="SendAllAsync(IAsyncEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>
    /// does, but yields each message's result as soon as it is known (in the order results arrive; <see cref="BulkItemResult.Index"/>
    /// says which message it was) and keeps none of them, so memory stays flat however many messages there are.
    /// </summary>
    /// <remarks>
    /// When the token is cancelled, reading the input stops, requests in flight are abandoned, and every
    /// message taken from the input that has no result yet is still yielded: <see cref="BulkItemStatus.NotSent"/>
    /// when its request had not left, <see cref="BulkItemStatus.MayHaveBeenDelivered"/> when it was in flight.
    /// Then the enumeration ends with an <see cref="OperationCanceledException"/>. An input that throws ends it
    /// the same way, with the input's exception, after every message read so far has its result.
    /// </remarks>
    public IAsyncEnumerable<BulkItemResult> SendEachAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamAsync(messages, progress, cancellationToken);
    }

    private async IAsyncEnumerable<BulkItemResult> StreamAsync(
        IAsyncEnumerable<LineMessage> messages,
        IProgress<BulkProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A bounded channel: when the reader is slower than the sends, the sends wait, so nothing piles up.
        var channel = Channel.CreateBounded<BulkItemResult>(new BoundedChannelOptions(_options.BulkBatchSize * (_options.BulkConcurrency + 1))
        {
            SingleReader = true,
        });
        using var abandoned = new CancellationTokenSource();
        var run = new BulkRun(this, channel.Writer, progress, cancellationToken, abandoned.Token);
        var producing = Task.Run(() => run.ProduceAsync(messages), CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            // Also reached when the reader stops early: the sends still running are cancelled and awaited.
            await abandoned.CancelAsync().ConfigureAwait(false);
            await producing.ConfigureAwait(false);
            run.Dispose();
        }

        if (run.InputFailure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Sends one batch. A batch that cannot be written as JSON is split: each message that cannot be written
    /// fails on its own, and the others are sent.
    /// </summary>
    private async Task<IEnumerable<BulkItemResult>> SendBatchAsync(IReadOnlyList<(int Index, LineMessage Message)> batch, CancellationToken cancellationToken)
    {
        var request = new LineRequest { Messages = ValueList.From(batch.Select(b => b.Message)) };
        SendResult result;
        try
        {
            result = await SendAsync(request, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false);
        }
        catch (LineFlexSerializationException) when (batch.Count > 1)
        {
            var failed = new List<BulkItemResult>();
            var writable = new List<(int, LineMessage)>();
            foreach (var (index, message) in batch)
            {
                try
                {
                    FlexJsonContent.Serialize(message);
                    writable.Add((index, message));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed.Add(new BulkItemResult(index, message, null, [], new LineFlexSerializationException(e)));
                }
            }

            return writable.Count == batch.Count ? batch.Select(b => Failed(b, new LineFlexSerializationException(new InvalidOperationException("The batch could not be written although each message can be."))))
                : failed.Concat(writable.Count == 0 ? [] : await SendBatchAsync(writable, cancellationToken).ConfigureAwait(false));
        }
        catch (LineFlexException e)
        {
            return batch.Select(b => Failed(b, e));
        }

        var expected = batch.Sum(b => b.Message.Destinations?.Count ?? 0);
        if (result.Messages.Count != expected)
        {
            var mismatch = new LineFlexResponseException(
                $"Infobip accepted bulk {result.BulkId} but listed {result.Messages.Count} message(s) for {expected} destination(s), so they can't be matched; the messages may have been delivered. Check the delivery reports of that bulk before sending them again.",
                attempts: 1,
                mayHaveBeenDelivered: true);
            return batch.Select(b => new BulkItemResult(b.Index, b.Message, result.BulkId, [], mismatch));
        }

        var items = new List<BulkItemResult>(batch.Count);
        var next = 0;
        foreach (var (index, message) in batch)
        {
            var count = message.Destinations?.Count ?? 0;
            items.Add(new BulkItemResult(index, null, result.BulkId, result.Messages.Skip(next).Take(count).ToArray(), null));
            next += count;
        }

        return items;
    }

    private static BulkItemResult Failed((int Index, LineMessage Message) item, Exception error) =>
        new(item.Index, item.Message, null, [], error);

    private static async IAsyncEnumerable<LineMessage> ToAsync(IEnumerable<LineMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return message;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// One bulk send in progress: reads the input, validates, batches, keeps at most
    /// <see cref="LineFlexOptions.BulkConcurrency"/> batches in flight, and writes every message's result
    /// to the channel exactly once.
    /// </summary>
    private sealed class BulkRun : IDisposable
    {
        private readonly LineFlexClient _client;
        private readonly ChannelWriter<BulkItemResult> _results;
        private readonly IProgress<BulkProgress>? _progress;
        private readonly CancellationToken _abandoned;
        private readonly CancellationTokenSource _stop;
        private readonly SemaphoreSlim _slots;
        private readonly int _concurrency;
        private readonly Lock _gate = new();
        private int _accepted;
        private int _failed;

        public BulkRun(LineFlexClient client, ChannelWriter<BulkItemResult> results, IProgress<BulkProgress>? progress, CancellationToken cancellationToken, CancellationToken abandoned)
        {
            _client = client;
            _results = results;
            _progress = progress;
            _abandoned = abandoned;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, abandoned);
            _concurrency = client._options.BulkConcurrency;
            _slots = new SemaphoreSlim(_concurrency, _concurrency);
        }

        /// <summary>What the input threw, if it did; every message read before it still has its result.</summary>
        public Exception? InputFailure { get; private set; }

        public async Task ProduceAsync(IAsyncEnumerable<LineMessage> messages)
        {
            // The parent of every batch's send: they are dispatched from here, so they start under it.
            using var activity = TransportInstruments.Source.StartActivity(BulkActivityName, ActivityKind.Internal);
            var size = _client._options.BulkBatchSize;
            var batch = new List<(int Index, LineMessage Message)>(size);
            var index = 0;
            try
            {
                await foreach (var message in messages.WithCancellation(_stop.Token).ConfigureAwait(false))
                {
                    var position = index++;
                    var problem = message is null
                        ? new ArgumentException($"Message {position} of the bulk is null; nothing was sent for it.", nameof(messages))
                        : await _client.InvalidAsync(message, _stop.Token).ConfigureAwait(false);
                    if (problem is not null)
                    {
                        await WriteAsync([new BulkItemResult(position, message, null, [], problem)]).ConfigureAwait(false);
                        continue;
                    }

                    batch.Add((position, message!));
                    if (batch.Count == size)
                    {
                        await DispatchAsync(batch).ConfigureAwait(false);
                        batch = new List<(int, LineMessage)>(size);
                    }
                }

            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Cancelled: what was read but not sent is accounted for below.
            }
            catch (Exception e)
            {
                // The input failed: what it gave before is still sent, then its exception ends the bulk.
                InputFailure = e;
            }

            try
            {
                if (batch.Count > 0 && !_stop.IsCancellationRequested)
                {
                    await DispatchAsync(batch).ConfigureAwait(false);
                    batch = [];
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Cancelled while waiting for a slot: the batch was not sent.
            }

            try
            {
                await WriteAsync(batch.Select(b => NotSent(b))).ConfigureAwait(false);
                for (var i = 0; i < _concurrency; i++)
                {
                    await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                Describe(activity, index);
                _results.Complete();
            }
        }

        /// <summary>Tags the bulk's activity with what became of its <paramref name="taken"/> messages.</summary>
        private void Describe(Activity? activity, int taken)
        {
            if (activity is null)
            {
                return;
            }

            lock (_gate)
            {
                activity.SetTag("messaging.batch.message_count", taken);
                activity.SetTag("lineflex.bulk.accepted", _accepted);
                activity.SetTag("lineflex.bulk.failed", _failed);
            }

            var errorType = InputFailure is { } failure ? failure.GetType().FullName : _stop.IsCancellationRequested ? "canceled" : null;
            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }
        }

        public void Dispose()
        {
            _stop.Dispose();
            _slots.Dispose();
        }

        /// <summary>Waits for a free slot, then sends the batch in the background; a batch still waiting when cancelled stays unsent.</summary>
        private async Task DispatchAsync(List<(int Index, LineMessage Message)> batch)
        {
            await _slots.WaitAsync(_stop.Token).ConfigureAwait(false);
            _ = Task.Run(() => SendAsync(batch), CancellationToken.None);
        }

        private async Task SendAsync(List<(int Index, LineMessage Message)> batch)
        {
            try
            {
                IEnumerable<BulkItemResult> results;
                try
                {
                    results = await _client.SendBatchAsync(batch, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (_stop.IsCancellationRequested)
                {
                    var call = e as CallCanceledException;
                    results = batch.Select(b => Failed(b, new LineFlexCanceledException(call?.Attempts ?? 0, call?.MayHaveBeenDelivered ?? true)));
                }
                catch (Exception e)
                {
                    // Not expected: every failure of a call is a LineFlexException. Still, the batch keeps its outcome.
                    var error = e as LineFlexException ?? (Exception?)_client._serverText.Keepable(e) ?? new InvalidOperationException($"Sending the batch failed with {e.GetType().Name}.");
                    results = batch.Select(b => Failed(b, error));
                }

                await WriteAsync(results).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }

        private static BulkItemResult NotSent((int Index, LineMessage Message) item) => Failed(item, new LineFlexCanceledException(0, mayHaveBeenDelivered: false));

        private async Task WriteAsync(IEnumerable<BulkItemResult> items)
        {
            int accepted = 0, failed = 0;
            try
            {
                foreach (var item in items)
                {
                    await _results.WriteAsync(item, _abandoned).ConfigureAwait(false);
                    if (item.Accepted)
                    {
                        accepted++;
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
            catch (OperationCanceledException) when (_abandoned.IsCancellationRequested)
            {
                // The reader stopped reading: nobody wants these results any more.
                return;
            }

            if (accepted + failed == 0)
            {
                return;
            }

            BulkProgress snapshot;
            lock (_gate)
            {
                _accepted += accepted;
                _failed += failed;
                snapshot = new BulkProgress(_accepted + _failed, _accepted, _failed);
            }

            _progress?.Report(snapshot);
        }
    }
}
