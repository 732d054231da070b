namespace LineFlex;

/// <summary>
/// A send or a report pull that did not succeed: Infobip answered with an error
/// (<see cref="LineFlexApiException"/>), or the call never completed (<see cref="LineFlexTransportException"/>).
/// Messages never hold the API key.
/// </summary>
public abstract class LineFlexException : Exception
{
    private protected LineFlexException(string message, int attempts, bool mayHaveBeenDelivered, Exception? innerException)
        : base(message, innerException)
    {
        Attempts = attempts;
        MayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    /// <summary>How many HTTP attempts were made, retries included.</summary>
    public int Attempts { get; }

    /// <summary>
    /// True when the request reached Infobip and the outcome is unknown (a timeout, a dropped
    /// connection, a 500): the message may have been delivered, and sending it again may deliver it twice.
    /// </summary>
    public bool MayHaveBeenDelivered { get; }
}
