namespace LineFlex;

/// <summary>What became of one <see cref="NotificationRequest"/>, published by the worker once per message it decided.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="CampaignId">The campaign, if any.</param>
/// <param name="Status">Accepted, refused, failed or ambiguous.</param>
/// <param name="BulkId">The bulk id of the Infobip request that carried it, when it was sent.</param>
/// <param name="Findings">Why it was refused: the validation errors, each as <c>path: message [code]</c>; empty otherwise.</param>
/// <param name="Error">Why it failed, or why it is ambiguous: the evidence, in words; null when accepted.</param>
/// <remarks>See docs/scale-out.md.</remarks>
public sealed record NotificationOutcome(
    string MessageId,
    string? CampaignId,
    NotificationStatus Status,
    string? BulkId,
    IReadOnlyList<string> Findings,
    string? Error);

/// <summary>What became of a notification, as <see cref="NotificationOutcome"/> says.</summary>
public enum NotificationStatus
{
    /// <summary>Infobip accepted it (a 200: accepted, not yet delivered; delivery comes as a report).</summary>
    Accepted,

    /// <summary>It was not sent: the message could not be built, or it is invalid (<see cref="NotificationOutcome.Findings"/> says where).</summary>
    Refused,

    /// <summary>Infobip refused it, or it could not be sent; it was not delivered.</summary>
    Failed,

    /// <summary>
    /// It may have been delivered: its worker stopped between sending and recording the answer, or the answer was
    /// lost. It is not sent again by itself: check the delivery reports, then re-send it with <c>lineflex campaign resend</c>.
    /// </summary>
    Ambiguous,
}
