namespace LineFlex;

/// <summary>The outcome of a bulk send: every input message exactly once, in input order.</summary>
public sealed class BulkOutcome
{
    internal BulkOutcome(IReadOnlyList<BulkItemResult> items)
    {
        Items = items;
        Accepted = items.Count(i => i.Accepted);
    }

    /// <summary>One result per input message, in input order.</summary>
    public IReadOnlyList<BulkItemResult> Items { get; }

    /// <summary>How many messages Infobip accepted.</summary>
    public int Accepted { get; }

    /// <summary>How many messages failed.</summary>
    public int Failed => Items.Count - Accepted;

    /// <summary>The failed messages, in input order.</summary>
    public IEnumerable<BulkItemResult> Failures => Items.Where(i => !i.Accepted);

    /// <summary>A one-line summary.</summary>
    public override string ToString() => $"{Items.Count} message(s): {Accepted} accepted, {Failed} failed";
}
