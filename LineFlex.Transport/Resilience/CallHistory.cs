namespace LineFlex;

/// <summary>
/// What happened to one call's attempts so far: how many were made, whether any of them may have
/// reached Infobip, and whether the policy would retry the last one. The final exception tells these
/// facts as they are.
/// </summary>
internal sealed class CallHistory(bool retryUnsafeFailures, int maxRetryAttempts)
{
    private bool _inFlight;

    /// <summary>How many attempts were started.</summary>
    public int Attempts { get; private set; }

    /// <summary>How many attempts that are over may have reached Infobip and been processed.</summary>
    public int MayHaveDelivered { get; private set; }

    /// <summary>Whether an attempt that is over may have reached Infobip and been processed.</summary>
    public bool EarlierMayHaveBeenDelivered => MayHaveDelivered > 0;

    /// <summary>Whether the last attempt that is over may have reached Infobip and been processed.</summary>
    public bool LastMayHaveBeenDelivered { get; private set; }

    /// <summary>Whether the call may have delivered the message: an attempt that is over, or one still on its way.</summary>
    public bool MayHaveBeenDelivered => EarlierMayHaveBeenDelivered || _inFlight;

    /// <summary>Whether failures after which the message may have been delivered are retried.</summary>
    public bool RetryUnsafeFailures => retryUnsafeFailures;

    /// <summary>The most retries the options allow.</summary>
    public int MaxRetryAttempts => maxRetryAttempts;

    public void Started()
    {
        Attempts++;
        _inFlight = true;
    }

    /// <summary>Records how the attempt ended: <paramref name="mayHaveBeenDelivered"/> when it may have reached Infobip.</summary>
    public void Ended(bool mayHaveBeenDelivered)
    {
        _inFlight = false;
        LastMayHaveBeenDelivered = mayHaveBeenDelivered;
        if (mayHaveBeenDelivered)
        {
            MayHaveDelivered++;
        }
    }

    /// <summary>
    /// Sentences that tell how many attempts were made, why there were no more, and whether the message
    /// may have been delivered. <paramref name="last"/> says what the last attempt was.
    /// </summary>
    public string Describe(AttemptOutcome last)
    {
        if (last == AttemptOutcome.Final && Attempts == 1 && !EarlierMayHaveBeenDelivered)
        {
            return string.Empty;
        }

        var delivered = EarlierMayHaveBeenDelivered || last == AttemptOutcome.MayHaveBeenDelivered;
        var times = Math.Max(MayHaveDelivered, last == AttemptOutcome.MayHaveBeenDelivered ? 1 : 0);
        var text = new System.Text.StringBuilder();
        text.Append(Attempts == 1 ? "1 attempt was made" : $"{Attempts} attempts were made");
        text.Append(last switch
        {
            AttemptOutcome.Final => "; this answer is not one a retry can change.",
            _ when Attempts > maxRetryAttempts => maxRetryAttempts == 0
                ? " (retries are off: LineFlexOptions.MaxRetryAttempts is 0)."
                : $", the most LineFlexOptions.MaxRetryAttempts ({maxRetryAttempts}) allows.",
            AttemptOutcome.MayHaveBeenDelivered when !retryUnsafeFailures =>
                (Attempts == 1 ? "; it was" : "; the last was") + " not retried because the request may have reached Infobip, and Infobip has no idempotency key, so a retry could deliver the message twice. Set LineFlexOptions.RetryUnsafeFailures only if you set your own messageIds.",
            _ => "; the call ran out of time (LineFlexOptions.OverallTimeout) before another.",
        });

        if (delivered)
        {
            text.Append(times > 1
                ? " The message may have been delivered, possibly more than once: check the delivery reports before sending it again."
                : " The message may have been delivered: check the delivery reports before sending it again.");
        }
        else
        {
            text.Append(" Nothing was delivered.");
        }

        return text.ToString();
    }
}

/// <summary>What one attempt's outcome means for the message and for retrying.</summary>
internal enum AttemptOutcome
{
    /// <summary>Nothing was processed (a 429, a 503, a refused connection): safe to retry.</summary>
    NotProcessed,

    /// <summary>The request may have been processed (a 500, 502, 504, a timeout, a drop): retried only when unsafe retries are on.</summary>
    MayHaveBeenDelivered,

    /// <summary>An answer no retry can change (a 4xx, a redirect).</summary>
    Final,
}
