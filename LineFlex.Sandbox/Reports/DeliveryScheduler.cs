namespace LineFlex.Sandbox;

/// <summary>
/// Turns accepted messages into reports when their delivery delay has passed on the sandbox's
/// <see cref="TimeProvider"/>: one timer, always armed for the earliest waiting message, plus a check
/// before every pull. Due reports with a webhook are handed to the <see cref="WebhookDispatcher"/>.
/// </summary>
internal sealed class DeliveryScheduler : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _delay;
    private readonly DeliveryLedger _ledger;
    private readonly WebhookDispatcher _webhooks;
    private readonly ITimer _timer;

    // Serializes arming, so the timer always ends up set for the earliest pending message.
    // Reentrant on purpose: a fake clock may fire the timer inside Change.
    private readonly Lock _arming = new();

    public DeliveryScheduler(TimeProvider clock, TimeSpan delay, DeliveryLedger ledger, WebhookDispatcher webhooks)
    {
        _clock = clock;
        _delay = delay;
        _ledger = ledger;
        _webhooks = webhooks;
        _timer = clock.CreateTimer(static state => ((DeliveryScheduler)state!).ReleaseDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Schedules the reports of <paramref name="messages"/>, all accepted at <paramref name="acceptedAt"/>.</summary>
    public void Schedule(IReadOnlyList<AcceptedMessage> messages, DateTimeOffset acceptedAt)
    {
        if (messages.Count == 0)
        {
            return;
        }

        _ledger.Add(messages, acceptedAt + _delay);
        if (_delay == TimeSpan.Zero)
        {
            // At once, before the send is answered: a test can pull or wait for the reports as soon as it has its answer.
            ReleaseDue();
        }
        else
        {
            Arm();
        }
    }

    /// <inheritdoc cref="DeliveryLedger.Wait"/>
    public Task? Wait(string bulkId) => _ledger.Wait(bulkId);

    /// <inheritdoc cref="DeliveryLedger.Count"/>
    public (int Ready, int Total) Count(string bulkId) => _ledger.Count(bulkId);

    /// <inheritdoc cref="DeliveryLedger.Dropped"/>
    public long Dropped => _ledger.Dropped;

    /// <summary>Releases every due report, then takes the pullable ones that match <paramref name="query"/>.</summary>
    public IReadOnlyList<DeliveredReport> Take(ReportQuery query)
    {
        ReleaseDue();
        return _ledger.Take(query);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer.Dispose();
        _ledger.Close();
    }

    private void ReleaseDue()
    {
        foreach (var delivery in _ledger.Release(_clock.GetUtcNow()))
        {
            _webhooks.Post(delivery);
        }

        Arm();
    }

    private void Arm()
    {
        lock (_arming)
        {
            var wait = Timeout.InfiniteTimeSpan;
            if (_ledger.NextDueAt() is { } dueAt)
            {
                var untilDue = dueAt - _clock.GetUtcNow();
                wait = untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero;
            }

            try
            {
                _timer.Change(wait, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Stopped while a pull or a timer was in progress: nothing more will be delivered.
            }
        }
    }
}
