namespace LineFlex.Sandbox;

/// <summary>
/// Where accepted messages wait for their delivery time, and where their reports then wait to be pulled.
/// A report leaves the ledger when it is pulled or handed to a webhook, so each is seen once. Thread-safe.
/// </summary>
internal sealed class DeliveryLedger
{
    private readonly Lock _gate = new();
    private readonly List<PendingDelivery> _pending = [];
    private readonly List<DeliveryReport> _pullable = [];

    /// <summary>Queues <paramref name="messages"/> for delivery at <paramref name="dueAt"/>.</summary>
    public void Add(IEnumerable<AcceptedMessage> messages, DateTimeOffset dueAt)
    {
        lock (_gate)
        {
            _pending.AddRange(messages.Select(m => new PendingDelivery(m, dueAt)));
        }
    }

    /// <summary>The earliest delivery time still waiting, or null when nothing waits.</summary>
    public DateTimeOffset? NextDueAt()
    {
        lock (_gate)
        {
            return _pending.Count == 0 ? null : _pending.Min(p => p.DueAt);
        }
    }

    /// <summary>
    /// Turns every message due by <paramref name="now"/> into its report: reports for a message with a delivery
    /// webhook are returned for posting, the others wait to be pulled.
    /// </summary>
    public IReadOnlyList<WebhookDelivery> Release(DateTimeOffset now)
    {
        var pushes = new List<WebhookDelivery>();
        lock (_gate)
        {
            var stillPending = 0;
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (pending.DueAt > now)
                {
                    _pending[stillPending++] = pending;
                    continue;
                }

                var report = DeliveryReport.Of(pending.Message, pending.DueAt);
                if (WebhookOf(pending.Message.Message) is { } url)
                {
                    pushes.Add(new WebhookDelivery(url, AsksForXml(pending.Message.Message), report));
                }
                else
                {
                    _pullable.Add(report);
                }
            }

            _pending.RemoveRange(stillPending, _pending.Count - stillPending);
        }

        return pushes;
    }

    /// <summary>Removes and returns, in acceptance order, at most <see cref="ReportQuery.Limit"/> pullable reports that match.</summary>
    public IReadOnlyList<DeliveryReport> Take(ReportQuery query)
    {
        var taken = new List<DeliveryReport>();
        lock (_gate)
        {
            for (var i = 0; i < _pullable.Count && taken.Count < query.Limit;)
            {
                if (query.Matches(_pullable[i]))
                {
                    taken.Add(_pullable[i]);
                    _pullable.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }
        }

        return taken;
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
}
