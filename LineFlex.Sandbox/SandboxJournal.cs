namespace LineFlex.Sandbox;

/// <summary>
/// The record of what the sandbox received and accepted: the most recent requests, each with the message
/// destinations accepted from it, in arrival order. Bounded, so a long-running sandbox keeps a fixed amount;
/// thread-safe; reads are copies.
/// </summary>
internal sealed class SandboxJournal(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<JournalEntry> _entries = new();
    private long _count;

    public IReadOnlyList<ReceivedRequest> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Select(e => e.Request)];
            }
        }
    }

    public IReadOnlyList<AcceptedMessage> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.SelectMany(e => e.Accepted)];
            }
        }
    }

    /// <summary>A copy of the entries kept, in arrival order, for the inbox.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Keeps <paramref name="request"/>, dropping the oldest entry when the journal is full.</summary>
    /// <returns>The entry, to which <see cref="Accept"/> adds what was accepted from the request.</returns>
    public JournalEntry Record(ReceivedRequest request)
    {
        JournalEntry entry;
        lock (_gate)
        {
            entry = new JournalEntry(request, ++_count);
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }

        return entry;
    }

    /// <summary>Records the destinations accepted from the request of <paramref name="entry"/>; nothing if it was dropped.</summary>
    public void Accept(JournalEntry entry, IReadOnlyList<AcceptedMessage> messages)
    {
        lock (_gate)
        {
            entry.Accepted = messages;
        }
    }
}
