namespace LineFlex.Sandbox;

/// <summary>
/// Where accepted messages wait for their delivery time, and where their reports then wait to be pulled.
/// A report leaves the ledger when it is pulled or handed to a webhook, so each is seen once; beyond the capacity the
/// oldest waiting report is dropped, counted and told to <c>dropped</c>. It also counts, per bulk, how many reports are
/// ready, and completes the waiters of a bulk when all are. Thread-safe.
/// </summary>
/// <param name="capacity">How many reports may wait to be pulled (<see cref="SandboxOptions.ReportCapacity"/>).</param>
/// <param name="dropped">Told of each report dropped, with how many were dropped so far, outside the ledger's lock.</param>
internal sealed class DeliveryLedger(int capacity, Action<DeliveredReport, long> dropped)
{
    /// <summary>How many bulks whose reports are all ready are remembered for <see cref="Wait"/>, the most recent first.</summary>
    public const int CompletedBulksKept = 10_000;

    private readonly Lock _gate = new();
    private readonly List<PendingDelivery> _pending = [];

    /// <summary>The earliest delivery time in <see cref="_pending"/>, kept as messages come and go: a send asks for it, and a scan of every waiting message would make each send slower than the last.</summary>
    private DateTimeOffset? _nextDueAt;
    private readonly LinkedList<DeliveredReport> _pullable = [];
    private readonly Dictionary<string, BulkCount> _bulks = new(StringComparer.Ordinal);
    private readonly Queue<string> _completed = new();
    private bool _closed;
    private long _dropped;

    /// <summary>How many reports were dropped unpulled because <c>capacity</c> reports were waiting already.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>Queues <paramref name="messages"/> for delivery at <paramref name="dueAt"/>.</summary>
    public void Add(IEnumerable<AcceptedMessage> messages, DateTimeOffset dueAt)
    {
        lock (_gate)
        {
            foreach (var message in messages)
            {
                _pending.Add(new PendingDelivery(message, dueAt));
                _nextDueAt = _nextDueAt is { } next && next <= dueAt ? next : dueAt;
                if (!_bulks.TryGetValue(message.BulkId, out var bulk))
                {
                    _bulks[message.BulkId] = bulk = new BulkCount();
                }

                bulk.Total++;
            }
        }
    }

    /// <summary>
    /// A task that completes when every message of <paramref name="bulkId"/> accepted so far has its report ready, or
    /// null when no message of that bulk was accepted (or it completed so long ago that it was forgotten).
    /// </summary>
    public Task? Wait(string bulkId)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (!_bulks.TryGetValue(bulkId, out var bulk))
            {
                return null;
            }

            if (bulk.IsComplete)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (bulk.Waiters ??= []).Add(waiter);
            return waiter.Task;
        }
    }

    /// <summary>How many reports of <paramref name="bulkId"/> are ready, of how many messages.</summary>
    public (int Ready, int Total) Count(string bulkId)
    {
        lock (_gate)
        {
            return _bulks.TryGetValue(bulkId, out var bulk) ? (bulk.Ready, bulk.Total) : (0, 0);
        }
    }

    /// <summary>Fails every waiter: nothing more will be delivered.</summary>
    public void Close()
    {
        List<TaskCompletionSource> waiters;
        lock (_gate)
        {
            _closed = true;
            waiters = [.. _bulks.Values.SelectMany(b => b.Waiters ?? [])];
            foreach (var bulk in _bulks.Values)
            {
                bulk.Waiters = null;
            }
        }

        foreach (var waiter in waiters)
        {
            waiter.TrySetException(new ObjectDisposedException(nameof(SandboxServer), "The sandbox stopped before the delivery reports were ready."));
        }
    }

    /// <summary>The earliest delivery time still waiting, or null when nothing waits.</summary>
    public DateTimeOffset? NextDueAt()
    {
        lock (_gate)
        {
            return _nextDueAt;
        }
    }

    /// <summary>
    /// Turns every message due by <paramref name="now"/> into its report: reports for a message with a delivery
    /// webhook are returned for posting, the others wait to be pulled.
    /// </summary>
    public IReadOnlyList<WebhookDelivery> Release(DateTimeOffset now)
    {
        var pushes = new List<WebhookDelivery>();
        var ready = new List<TaskCompletionSource>();
        var drops = new List<(DeliveredReport Report, long Count)>();
        lock (_gate)
        {
            var stillPending = 0;
            _nextDueAt = null;
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (pending.DueAt > now)
                {
                    _pending[stillPending++] = pending;
                    _nextDueAt = _nextDueAt is { } next && next <= pending.DueAt ? next : pending.DueAt;
                    continue;
                }

                var report = DeliveredReport.Of(pending.Message, pending.DueAt);
                if (WebhookOf(pending.Message.Message) is { } url)
                {
                    pushes.Add(new WebhookDelivery(url, AsksForXml(pending.Message.Message), report));
                }
                else
                {
                    _pullable.AddLast(report);
                    while (_pullable.Count > capacity)
                    {
                        drops.Add((_pullable.First!.Value, ++_dropped));
                        _pullable.RemoveFirst();
                    }
                }

                CountReady(pending.Message.BulkId, ready);
            }

            _pending.RemoveRange(stillPending, _pending.Count - stillPending);
        }

        foreach (var waiter in ready)
        {
            waiter.TrySetResult();
        }

        foreach (var (report, count) in drops)
        {
            dropped(report, count);
        }

        return pushes;
    }

    /// <summary>Removes and returns, in acceptance order, at most <see cref="ReportQuery.Limit"/> pullable reports that match.</summary>
    public IReadOnlyList<DeliveredReport> Take(ReportQuery query)
    {
        var taken = new List<DeliveredReport>();
        lock (_gate)
        {
            for (var node = _pullable.First; node is not null && taken.Count < query.Limit;)
            {
                var next = node.Next;
                if (query.Matches(node.Value))
                {
                    taken.Add(node.Value);
                    _pullable.Remove(node);
                }

                node = next;
            }
        }

        return taken;
    }

    /// <summary>
    /// Counts one more ready report of <paramref name="bulkId"/>; when it was the last, hands over the bulk's waiters
    /// (completed by the caller, outside the lock) and remembers the bulk among the completed ones. Called under the lock.
    /// </summary>
    private void CountReady(string bulkId, List<TaskCompletionSource> ready)
    {
        var bulk = _bulks[bulkId];
        bulk.Ready++;
        if (!bulk.IsComplete)
        {
            return;
        }

        ready.AddRange(bulk.Waiters ?? []);
        bulk.Waiters = null;
        _completed.Enqueue(bulkId);
        while (_completed.Count > CompletedBulksKept)
        {
            var oldest = _completed.Dequeue();

            // A bulk id used again since it completed is waiting again: it stays.
            if (_bulks.TryGetValue(oldest, out var forgotten) && forgotten.IsComplete)
            {
                _bulks.Remove(oldest);
            }
        }
    }

    /// <summary>
    /// The absolute http(s) delivery URL the report is posted to, or null: no URL, <c>notify: false</c>, or a URL
    /// that cannot be posted to (only possible with validation off). Such reports stay pullable.
    /// </summary>
    private static Uri? WebhookOf(LineMessage message)
    {
        var delivery = message.Webhooks?.Delivery;
        if (delivery?.Url is not { Length: > 0 } url || delivery.Notify == false)
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }

    private static bool AsksForXml(LineMessage message) =>
        message.Webhooks?.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>How many messages of one bulk were accepted, how many of their reports are ready, and who waits for the rest.</summary>
    private sealed class BulkCount
    {
        public int Total { get; set; }

        public int Ready { get; set; }

        public bool IsComplete => Ready >= Total;

        public List<TaskCompletionSource>? Waiters { get; set; }
    }
}
