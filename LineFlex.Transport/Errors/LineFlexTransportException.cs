namespace LineFlex;

/// <summary>Why a call never got an answer.</summary>
public enum TransportFailure
{
    /// <summary>An attempt or the whole call took longer than its timeout. The request may have reached Infobip.</summary>
    Timeout,

    /// <summary>The connection was refused or the host could not be reached: the request never left.</summary>
    ConnectionRefused,

    /// <summary>The connection broke while the answer was coming back. The request reached Infobip.</summary>
    ConnectionDropped,
}

/// <summary>A call that got no answer: a timeout, a refused connection, or a connection dropped mid-response.</summary>
public sealed class LineFlexTransportException : LineFlexException
{
    internal LineFlexTransportException(TransportFailure failure, string target, int attempts, Exception? innerException)
        : base(Describe(failure, target, attempts), attempts, failure != TransportFailure.ConnectionRefused, innerException)
    {
        Failure = failure;
    }

    /// <summary>What went wrong.</summary>
    public TransportFailure Failure { get; }

    private static string Describe(TransportFailure failure, string target, int attempts)
    {
        var after = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
        return failure switch
        {
            TransportFailure.Timeout =>
                $"The call to {target} timed out{after}. The request may have reached Infobip and the message may have been delivered; it was not sent again because Infobip has no idempotency key. Raise LineFlexOptions.AttemptTimeout, or set RetryUnsafeFailures if you set your own messageIds.",
            TransportFailure.ConnectionRefused =>
                $"Could not connect to {target}{after}: the connection was refused or the host is unreachable. Nothing was sent. Check LineFlexOptions.BaseUrl and the network.",
            _ =>
                $"The connection to {target} broke while the answer was coming back{after}. The request reached Infobip and the message may have been delivered; it was not sent again because Infobip has no idempotency key.",
        };
    }
}
