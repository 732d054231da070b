namespace LineFlex;

/// <summary>What Infobip answered to a send: the bulk id and, per destination, the message id and status.</summary>
/// <param name="BulkId">The bulk's id, given or generated.</param>
/// <param name="Messages">One entry per destination, in the order of the request.</param>
public sealed record SendResult(string? BulkId, IReadOnlyList<SentMessage> Messages);

/// <summary>One destination's message as Infobip accepted it. A 200 means accepted, not delivered: delivery comes as a report.</summary>
/// <param name="MessageId">The message id, given or generated.</param>
/// <param name="Destination">The phone number.</param>
/// <param name="Status">The status (usually PENDING).</param>
public sealed record SentMessage(string? MessageId, string? Destination, MessageStatus? Status);

/// <summary>A message's status as Infobip reports it.</summary>
/// <param name="GroupId">The status group id.</param>
/// <param name="GroupName">ACCEPTED, PENDING, UNDELIVERABLE, DELIVERED, EXPIRED or REJECTED.</param>
/// <param name="Id">The status id.</param>
/// <param name="Name">The status name (PENDING_ACCEPTED, PENDING_ENROUTE, ...).</param>
/// <param name="Description">A human-readable description.</param>
/// <param name="Action">What to do about it, when Infobip says.</param>
public sealed record MessageStatus(int? GroupId, string? GroupName, int? Id, string? Name, string? Description, string? Action);
