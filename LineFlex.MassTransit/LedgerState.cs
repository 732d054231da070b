namespace LineFlex;

/// <summary>A message's state in the ledger.</summary>
public enum LedgerState
{
    /// <summary>A worker took the request; it has not been claimed for sending.</summary>
    Received,

    /// <summary>A worker claimed it and is sending it; if that worker dies, a redelivery finds it here and marks it ambiguous.</summary>
    Sending,

    /// <summary>Infobip accepted it.</summary>
    Accepted,

    /// <summary>It was refused (invalid) or Infobip refused it: not delivered.</summary>
    Failed,

    /// <summary>It may have been delivered; the evidence says why it is in doubt. Re-sent only by an operator.</summary>
    Ambiguous,
}

/// <summary>How many messages of a campaign are in each state, read from the ledger.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Counts">The count per state; a state with no message is 0.</param>
/// <param name="Delivered">How many have a delivery report of the DELIVERED group.</param>
public sealed record CampaignStatus(string CampaignId, IReadOnlyDictionary<LedgerState, long> Counts, long Delivered)
{
    /// <summary>All the campaign's messages the ledger knows.</summary>
    public long Total => Counts.Values.Sum();
}

/// <summary>One ambiguous message, with the evidence, for the operator to decide.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="CampaignId">The campaign, if any.</param>
/// <param name="Destination">The phone number.</param>
/// <param name="SendingAt">When its worker claimed it for sending.</param>
/// <param name="Evidence">Why it is in doubt.</param>
public sealed record AmbiguousMessage(string MessageId, string? CampaignId, string? Destination, DateTimeOffset? SendingAt, string? Evidence);

/// <summary>What an operator's re-send of one ambiguous message did.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="Resent">Whether it was sent again: false when it was not ambiguous (or unknown), and so left alone.</param>
/// <param name="State">Its state after: accepted, failed, ambiguous again, or its unchanged state when it was not resent.</param>
/// <param name="Detail">The bulk id when accepted, why otherwise.</param>
public sealed record ResendResult(string MessageId, bool Resent, LedgerState? State, string Detail);
