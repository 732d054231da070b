namespace LineFlex.Sandbox;

/// <summary>One request in the <see cref="SandboxJournal"/> and the destinations accepted from it.</summary>
internal sealed class JournalEntry(ReceivedRequest request, long number)
{
    /// <summary>The entry's place in the order of arrival, from 1; the inbox names a request by it.</summary>
    public long Number { get; } = number;

    public ReceivedRequest Request { get; } = request;

    /// <summary>Set once, under the journal's lock, when <c>POST /line/1/messages</c> accepts the request.</summary>
    public IReadOnlyList<AcceptedMessage> Accepted { get; set; } = [];
}
