namespace LineFlex;

/// <summary>The outcome of one input message of a bulk send: accepted, with its ids and statuses, or failed, with the reason.</summary>
/// <param name="Index">The message's position in the input, from 0.</param>
/// <param name="Message">
/// The message as given when it failed, so it can be inspected or sent again; null when it was accepted,
/// so that a long stream of messages is not kept in memory (<paramref name="Index"/> says which it was).
/// </param>
/// <param name="BulkId">The bulk id of the request that carried it, when it was sent.</param>
/// <param name="Sent">One entry per destination when accepted; empty when failed.</param>
/// <param name="Error">
/// Why it failed: a <see cref="FlexValidationException"/> (not sent), a <see cref="LineFlexApiException"/>,
/// <see cref="LineFlexTransportException"/> or <see cref="LineFlexCanceledException"/> (see
/// <see cref="LineFlexException.MayHaveBeenDelivered"/>); null when accepted.
/// </param>
public sealed record BulkItemResult(int Index, LineMessage? Message, string? BulkId, IReadOnlyList<SentMessage> Sent, Exception? Error)
{
    /// <summary>True when Infobip accepted the message.</summary>
    public bool Accepted => Error is null;

    /// <summary>What became of the message, and so what to do with it.</summary>
    public BulkItemStatus Status => Error switch
    {
        null => BulkItemStatus.Accepted,
        LineFlexException { MayHaveBeenDelivered: true } => BulkItemStatus.MayHaveBeenDelivered,
        LineFlexCanceledException => BulkItemStatus.NotSent,
        _ => BulkItemStatus.Failed,
    };
}

/// <summary>What became of one message of a bulk send.</summary>
public enum BulkItemStatus
{
    /// <summary>Infobip accepted it; <see cref="BulkItemResult.Sent"/> has its ids.</summary>
    Accepted,

    /// <summary>It failed, and it was not delivered: invalid, or refused by Infobip. Fix it before sending it again.</summary>
    Failed,

    /// <summary>The send was cancelled before its request left. Send it again as it is.</summary>
    NotSent,

    /// <summary>Its request may have reached Infobip (in flight when cancelled, a timeout, a 500): check the delivery reports before sending it again.</summary>
    MayHaveBeenDelivered,
}
