namespace LineFlex;

/// <summary>
/// The caller cancelled a call. It is still an <see cref="OperationCanceledException"/> to whoever catches
/// one; a bulk send reads from it whether the message may have left before the cancellation.
/// </summary>
internal sealed class CallCanceledException(int attempts, bool mayHaveBeenDelivered, Exception innerException, CancellationToken token)
    : OperationCanceledException("The call was cancelled.", innerException, token)
{
    public int Attempts { get; } = attempts;

    public bool MayHaveBeenDelivered { get; } = mayHaveBeenDelivered;
}
