namespace LineFlex;

/// <summary>Why a call got no answer.</summary>
public enum TransportFailure
{
    /// <summary>An attempt or the whole call took longer than its timeout. The request may have reached Infobip.</summary>
    Timeout,

    /// <summary>The connection was refused or the host could not be reached: the request never left.</summary>
    ConnectionRefused,

    /// <summary>The connection broke while the answer was coming back. The request reached Infobip.</summary>
    ConnectionDropped,

    /// <summary>Something else failed in the HTTP stack below LineFlex. The request may have reached Infobip.</summary>
    Other,
}

/// <summary>A call that got no answer: a timeout, a refused connection, a connection dropped mid-response, or another failure below LineFlex.</summary>
public sealed class LineFlexTransportException : LineFlexException
{
    internal LineFlexTransportException(TransportFailure failure, string target, CallHistory history, string? detail, Exception? innerException, bool callTimedOut)
        : base(Describe(failure, target, history, detail, callTimedOut), history.Attempts, history.EarlierMayHaveBeenDelivered, innerException)
    {
        Failure = failure;
    }

    /// <summary>What went wrong.</summary>
    public TransportFailure Failure { get; }

    private static string Describe(TransportFailure failure, string target, CallHistory history, string? detail, bool callTimedOut)
    {
        // Every attempt has ended when this is made; a timeout that struck between attempts (the whole
        // call's, during a wait) found no request on its way.
        var betweenAttempts = failure == TransportFailure.Timeout && !history.LastMayHaveBeenDelivered;
        var what = failure switch
        {
            TransportFailure.Timeout when betweenAttempts =>
                $"The call to {target} ran out of time while waiting to try again.",
            TransportFailure.Timeout when callTimedOut =>
                $"The call to {target} ran out of time during an attempt. The request may have reached Infobip. Raise LineFlexOptions.OverallTimeout if Infobip is slow to answer.",
            TransportFailure.Timeout =>
                $"The call to {target} timed out. The request may have reached Infobip. Raise LineFlexOptions.AttemptTimeout if Infobip is slow to answer.",
            TransportFailure.ConnectionRefused =>
                $"Could not connect to {target}: the connection was refused or the host is unreachable, so the request never left. Check LineFlexOptions.BaseUrl and the network.",
            TransportFailure.ConnectionDropped =>
                $"The connection to {target} broke while the answer was coming back. The request reached Infobip.",
            _ =>
                $"The call to {target} failed below LineFlex ({detail ?? "no detail"}). The request may have reached Infobip.",
        };
        var last = failure == TransportFailure.ConnectionRefused || betweenAttempts ? AttemptOutcome.NotProcessed : AttemptOutcome.MayHaveBeenDelivered;
        return what + " " + history.Describe(last);
    }
}
