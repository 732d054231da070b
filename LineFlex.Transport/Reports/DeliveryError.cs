namespace LineFlex;

/// <summary>
/// Why a reported message was not delivered, or <c>OK</c> when it was (schema <c>MessageError</c>).
/// </summary>
public sealed record DeliveryError
{
    /// <summary>The error group's id (<c>groupId</c>); 0 for <c>OK</c>.</summary>
    public int? GroupId { get; init; }

    /// <summary>
    /// The error group's name exactly as Infobip sent it (<c>groupName</c>): <c>OK</c>, <c>HANDSET_ERRORS</c>,
    /// <c>USER_ERRORS</c>, <c>OPERATOR_ERRORS</c>, or a word added later.
    /// </summary>
    public string? GroupName { get; init; }

    /// <summary>The error's id (<c>id</c>); 0 for <c>NO_ERROR</c>.</summary>
    public int? Id { get; init; }

    /// <summary>The error's name (<c>name</c>), such as <c>NO_ERROR</c> or <c>EC_ABSENT_SUBSCRIBER</c>.</summary>
    public string? Name { get; init; }

    /// <summary>A human-readable description of the error (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Whether the error is permanent, so sending again will not help (<c>permanent</c>).</summary>
    public bool? Permanent { get; init; }

    /// <summary>
    /// <see cref="GroupName"/> as an <see cref="ErrorGroup"/> (case-insensitive);
    /// <see cref="ErrorGroup.Unknown"/> when it is missing or a word this version does not know.
    /// </summary>
    public ErrorGroup Group => GroupName?.ToUpperInvariant() switch
    {
        "OK" => ErrorGroup.Ok,
        "HANDSET_ERRORS" => ErrorGroup.HandsetErrors,
        "USER_ERRORS" => ErrorGroup.UserErrors,
        "OPERATOR_ERRORS" => ErrorGroup.OperatorErrors,
        _ => ErrorGroup.Unknown,
    };
}
