using System.Runtime.CompilerServices;

namespace LineFlex;

/// <summary>Bulk sending: batches, bounded concurrency, progress, and every message accounted for once.</summary>
public sealed partial class LineFlexClient
{
    /// <summary>
    /// Sends many messages in requests of at most <see cref="LineFlexOptions.BulkBatchSize"/> messages, with at
    /// most <see cref="LineFlexOptions.BulkConcurrency"/> requests in flight. Each message is validated on its own
    /// first; an invalid one fails without being sent. One failed batch does not stop the others.
    /// </summary>
    /// <returns>Every input message exactly once, in input order: accepted or failed with the reason.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled; messages already sent stay sent.</exception>
    public Task<BulkOutcome> SendAllAsync(IEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return SendAllAsync(ToAsync(messages, cancellationToken), progress, cancellationToken);
    }

    /// <inheritdoc cref="SendAllAsync(IEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>
    public async Task<BulkOutcome> SendAllAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var results = new List<BulkItemResult>();
        var gate = new Lock();
        int accepted = 0, failed = 0;

        void Record(IEnumerable<BulkItemResult> items)
        {
            BulkProgress snapshot;
            lock (gate)
            {
                foreach (var item in items)
                {
                    results.Add(item);
                    if (item.Accepted)
                    {
                        accepted++;
                    }
                    else
                    {
                        failed++;
                    }
                }

                snapshot = new BulkProgress(accepted + failed, accepted, failed);
            }

            progress?.Report(snapshot);
        }

        await Parallel.ForEachAsync(
                Batches(messages, Record, cancellationToken),
                new ParallelOptions { MaxDegreeOfParallelism = _options.BulkConcurrency, CancellationToken = cancellationToken },
                async (batch, token) => Record(await SendBatchAsync(batch, token).ConfigureAwait(false)))
            .ConfigureAwait(false);

        results.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new BulkOutcome(results);
    }

    /// <summary>Groups valid messages into batches; invalid ones are recorded as failed on the way.</summary>
    private async IAsyncEnumerable<List<(int Index, LineMessage Message)>> Batches(
        IAsyncEnumerable<LineMessage> messages,
        Action<IEnumerable<BulkItemResult>> record,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<(int, LineMessage)>(_options.BulkBatchSize);
        var index = 0;
        await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var position = index++;
            var problem = message is null
                ? new ArgumentException($"Message {position} of the bulk is null; nothing was sent for it.", nameof(messages))
                : Invalid(message);
            if (problem is not null)
            {
                record([new BulkItemResult(position, message, null, [], problem)]);
                continue;
            }

            batch.Add((position, message!));
            if (batch.Count == _options.BulkBatchSize)
            {
                yield return batch;
                batch = new List<(int, LineMessage)>(_options.BulkBatchSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private Exception? Invalid(LineMessage message)
    {
        if (!_options.ValidateBeforeSending)
        {
            return null;
        }

        var report = _validator.Validate(message);
        return report.IsValid ? null : new FlexValidationException(report);
    }

    private async Task<IEnumerable<BulkItemResult>> SendBatchAsync(List<(int Index, LineMessage Message)> batch, CancellationToken cancellationToken)
    {
        var request = new LineRequest { Messages = ValueList.From(batch.Select(b => b.Message)) };
        SendResult result;
        try
        {
            result = await SendAsync(request, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false);
        }
        catch (LineFlexException e)
        {
            return batch.Select(b => new BulkItemResult(b.Index, b.Message, null, [], e));
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

    private static async IAsyncEnumerable<LineMessage> ToAsync(IEnumerable<LineMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return message;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
