namespace LineFlex;

/// <summary>
/// A send or a report pull that did not succeed: Infobip answered with an error
/// (<see cref="LineFlexApiException"/>) or a redirect (<see cref="LineFlexRedirectException"/>), the call never
/// completed (<see cref="LineFlexTransportException"/>), the answer could not be read
/// (<see cref="LineFlexResponseException"/>, <see cref="LineFlexResponseTooLargeException"/>), or the request could
/// not be written (<see cref="LineFlexSerializationException"/>). Messages never hold the API key, and no
/// exception of the family carries a request, a header or an inner exception that does.
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
    /// True when a request may have reached Infobip with an unknown outcome (a timeout, a dropped
    /// connection, a 500, 502 or 504), on any attempt: the message may have been delivered, and sending it
    /// again may deliver it twice.
    /// </summary>
    public bool MayHaveBeenDelivered { get; }
}
