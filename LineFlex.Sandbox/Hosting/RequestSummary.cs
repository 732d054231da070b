namespace LineFlex.Sandbox;

/// <summary>
/// What the one log line of a request says beside its method, path and status, filled in by whoever answers it: how
/// many messages it was about, their bulk, and what became of it. Never the key or the body.
/// </summary>
internal sealed class RequestSummary
{
    /// <summary>
    /// The messages the call was about: the destinations a send accepted, the reports a pull returned, the messages
    /// <c>GET /sandbox/messages</c> listed; 0 otherwise.
    /// </summary>
    public int MessageCount { get; set; }

    /// <summary>The bulk id accepted, or asked for; null when none.</summary>
    public string? BulkId { get; set; }

    /// <summary>What became of the call, in a few words: <c>accepted</c>, <c>2 validation error(s)</c>, <c>inbox page</c>.</summary>
    public string Outcome { get; set; } = "answered";
}
