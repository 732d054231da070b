namespace LineFlex;

/// <summary>The outcome of a bulk send: every input message exactly once, in input order.</summary>
public sealed class BulkOutcome
{
    internal BulkOutcome(IReadOnlyList<BulkItemResult> items)
    {
        Items = items;
        foreach (var item in items)
        {
            switch (item.Status)
            {
                case BulkItemStatus.Accepted: Accepted++; break;
                case BulkItemStatus.NotSent: NotSent++; break;
                case BulkItemStatus.MayHaveBeenDelivered: MayHaveBeenDelivered++; break;
            }
        }
    }

    /// <summary>One result per input message, in input order.</summary>
    public IReadOnlyList<BulkItemResult> Items { get; }

    /// <summary>How many messages Infobip accepted.</summary>
    public int Accepted { get; }

    /// <summary>How many messages were not accepted, those not sent and those that may have been delivered included.</summary>
    public int Failed => Items.Count - Accepted;

    /// <summary>How many messages were not sent because the send was cancelled first (<see cref="BulkItemStatus.NotSent"/>).</summary>
    public int NotSent { get; }

    /// <summary>How many messages may have been delivered although they were not accepted (<see cref="BulkItemStatus.MayHaveBeenDelivered"/>).</summary>
    public int MayHaveBeenDelivered { get; }

    /// <summary>The failed messages, in input order.</summary>
    public IEnumerable<BulkItemResult> Failures => Items.Where(i => !i.Accepted);

    /// <summary>A one-line summary.</summary>
    public override string ToString()
    {
        var text = $"{Items.Count} message(s): {Accepted} accepted, {Failed} failed";
        return NotSent + MayHaveBeenDelivered == 0 ? text : $"{text} ({NotSent} not sent, {MayHaveBeenDelivered} may have been delivered)";
    }
}
