namespace LineFlex;

/// <summary>
/// A bulk send was cancelled before this message had a result: either its request had not left
/// (<see cref="LineFlexException.MayHaveBeenDelivered"/> false: send it again), or it was in flight
/// (true: check the delivery reports before sending it again).
/// </summary>
public sealed class LineFlexCanceledException : LineFlexException
{
    internal LineFlexCanceledException(int attempts, bool mayHaveBeenDelivered)
        : base(
            mayHaveBeenDelivered
                ? "The bulk send was cancelled while this message's request was in flight; it may have been delivered. Check the delivery reports before sending it again."
                : "The bulk send was cancelled before this message's request left; nothing was sent for it. Send it again.",
            attempts,
            mayHaveBeenDelivered,
            innerException: null)
    {
    }
}
