namespace LineFlex;

/// <summary>
/// Where a reported message ended up (schema <c>MessageStatus</c>): a group (<c>DELIVERED</c>,
/// <c>UNDELIVERABLE</c>, ...) and a detailed status inside it.
/// </summary>
public sealed record DeliveryStatus
{
    /// <summary>The status group's id (<c>groupId</c>).</summary>
    public int? GroupId { get; init; }

    /// <summary>
    /// The status group's name exactly as Infobip sent it (<c>groupName</c>): <c>ACCEPTED</c>, <c>PENDING</c>,
    /// <c>UNDELIVERABLE</c>, <c>DELIVERED</c>, <c>EXPIRED</c>, <c>REJECTED</c>, or a word added later.
    /// </summary>
    public string? GroupName { get; init; }

    /// <summary>The detailed status's id (<c>id</c>).</summary>
    public int? Id { get; init; }

    /// <summary>The detailed status's name (<c>name</c>), such as <c>DELIVERED_TO_HANDSET</c>.</summary>
    public string? Name { get; init; }

    /// <summary>A human-readable description of the status (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>What to do to recover, when Infobip says (<c>action</c>).</summary>
    public string? Action { get; init; }

    /// <summary>
    /// <see cref="GroupName"/> as a <see cref="StatusGroup"/> (case-insensitive);
    /// <see cref="StatusGroup.Unknown"/> when it is missing or a word this version does not know.
    /// </summary>
    public StatusGroup Group => GroupName?.ToUpperInvariant() switch
    {
        "ACCEPTED" => StatusGroup.Accepted,
        "PENDING" => StatusGroup.Pending,
        "UNDELIVERABLE" => StatusGroup.Undeliverable,
        "DELIVERED" => StatusGroup.Delivered,
        "EXPIRED" => StatusGroup.Expired,
        "REJECTED" => StatusGroup.Rejected,
        _ => StatusGroup.Unknown,
    };
}
