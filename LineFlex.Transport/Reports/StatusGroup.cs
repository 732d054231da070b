namespace LineFlex;

/// <summary>
/// The general state of a reported message, read from <see cref="DeliveryStatus.GroupName"/>
/// (schema <c>MessageGeneralStatus</c>).
/// </summary>
public enum StatusGroup
{
    /// <summary>A group name this version of LineFlex does not know; <see cref="DeliveryStatus.GroupName"/> keeps the word Infobip sent.</summary>
    Unknown,

    /// <summary><c>ACCEPTED</c>: Infobip accepted the message.</summary>
    Accepted,

    /// <summary><c>PENDING</c>: the message is on its way; a final report follows.</summary>
    Pending,

    /// <summary><c>UNDELIVERABLE</c>: the message cannot be delivered; see <see cref="DeliveryReport.Error"/>.</summary>
    Undeliverable,

    /// <summary><c>DELIVERED</c>: the message reached the user.</summary>
    Delivered,

    /// <summary><c>EXPIRED</c>: the validity period ended before the message could be delivered.</summary>
    Expired,

    /// <summary><c>REJECTED</c>: Infobip or the operator rejected the message; see <see cref="DeliveryReport.Error"/>.</summary>
    Rejected,
}
