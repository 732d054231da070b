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
/// Why it failed: a <see cref="FlexValidationException"/> (not sent), a <see cref="LineFlexApiException"/> or
/// <see cref="LineFlexTransportException"/> (see <see cref="LineFlexException.MayHaveBeenDelivered"/>); null when accepted.
/// </param>
public sealed record BulkItemResult(int Index, LineMessage? Message, string? BulkId, IReadOnlyList<SentMessage> Sent, Exception? Error)
{
    /// <summary>True when Infobip accepted the message.</summary>
    public bool Accepted => Error is null;
}
