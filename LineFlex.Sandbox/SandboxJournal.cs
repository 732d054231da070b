namespace LineFlex.Sandbox;

/// <summary>The record of what the sandbox received and accepted, in arrival order. Thread-safe; reads are copies.</summary>
internal sealed class SandboxJournal
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedRequest> _received = [];
    private readonly List<AcceptedMessage> _accepted = [];

    public IReadOnlyList<ReceivedRequest> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<AcceptedMessage> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _accepted];
            }
        }
    }

    public void Record(ReceivedRequest request)
    {
        lock (_gate)
        {
            _received.Add(request);
        }
    }

    public void Record(IEnumerable<AcceptedMessage> messages)
    {
        lock (_gate)
        {
            _accepted.AddRange(messages);
        }
    }
}
