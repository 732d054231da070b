namespace LineFlex;

/// <summary>
/// The category of a reported error, read from <see cref="DeliveryError.GroupName"/>
/// (schema <c>MessageErrorGroup</c>).
/// </summary>
public enum ErrorGroup
{
    /// <summary>A group name this version of LineFlex does not know; <see cref="DeliveryError.GroupName"/> keeps the word Infobip sent.</summary>
    Unknown,

    /// <summary><c>OK</c>: no error.</summary>
    Ok,

    /// <summary><c>HANDSET_ERRORS</c>: the user's device could not take the message.</summary>
    HandsetErrors,

    /// <summary><c>USER_ERRORS</c>: the user's account or subscription stopped the message.</summary>
    UserErrors,

    /// <summary><c>OPERATOR_ERRORS</c>: the network or LINE could not deliver the message.</summary>
    OperatorErrors,
}
