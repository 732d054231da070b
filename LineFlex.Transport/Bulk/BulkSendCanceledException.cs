namespace LineFlex;

/// <summary>
/// A bulk send was cancelled. Still an <see cref="OperationCanceledException"/>, it carries the
/// <see cref="Outcome"/> so far: every message taken from the input, accepted (with its ids), failed,
/// not sent, or in flight and so possibly delivered (see <see cref="BulkItemResult.Status"/>).
/// </summary>
public sealed class BulkSendCanceledException : OperationCanceledException
{
    internal BulkSendCanceledException(BulkOutcome outcome, Exception innerException, CancellationToken token)
        : base($"The bulk send was cancelled. {outcome}.", innerException, token)
    {
        Outcome = outcome;
    }

    /// <summary>Every message taken from the input before the cancellation, exactly once, in input order.</summary>
    public BulkOutcome Outcome { get; }
}
