namespace LineFlex.Sandbox;

/// <summary>One request in the <see cref="SandboxJournal"/> and the destinations accepted from it.</summary>
internal sealed class JournalEntry(ReceivedRequest request)
{
    public ReceivedRequest Request { get; } = request;

    /// <summary>Set once, under the journal's lock, when <c>POST /line/1/messages</c> accepts the request.</summary>
    public IReadOnlyList<AcceptedMessage> Accepted { get; set; } = [];
}
