namespace LineFlex;

/// <summary>
/// The stable codes of conformance differences (a message against its approved template) and of approval-time
/// warnings (a template against LINE Official Notification's guidelines).
/// </summary>
/// <remarks>See docs/approval.md, section "Codes".</remarks>
public static class ApprovalCodes
{
    /// <summary>A fixed text (a title, a label, the alt text's fixed words) differs from the approved one.</summary>
    public const string FixedTextChanged = "LFA01";

    /// <summary>A style or colour (any fixed property other than a text or URI) differs, was added or was removed.</summary>
    public const string StyleChanged = "LFA02";

    /// <summary>A component the approved shape does not have was added.</summary>
    public const string ComponentAdded = "LFA03";

    /// <summary>A component the approved shape requires was removed.</summary>
    public const string ComponentRemoved = "LFA04";

    /// <summary>A slot's value is longer than its approved maximum.</summary>
    public const string SlotOverConstraint = "LFA05";

    /// <summary>A button's URI differs from the approved one: LINE fixes button URLs at approval.</summary>
    public const string ButtonUriChanged = "LFA06";

    /// <summary>There is no approval for the message's template or variant.</summary>
    public const string NoApproval = "LFA07";

    /// <summary>Whether <paramref name="code"/> is the code of a difference from an approval (LFA01 to LFA07), not of a warning.</summary>
    internal static bool IsDifference(string? code) =>
        code is FixedTextChanged or StyleChanged or ComponentAdded or ComponentRemoved or SlotOverConstraint or ButtonUriChanged or NoApproval;

    /// <summary>Approval-time warning: a slot inside a button's URI, though LINE fixes button URLs at approval.</summary>
    public const string SlotInButtonUri = "LFA51";

    /// <summary>Where LINE Official Notification's template rules are published: Infobip's "Message types" page.</summary>
    public const string MessageTypesSource = "https://www.infobip.com/docs/line/message-types";

    /// <summary>Infobip's "Compliance and guidelines" page.</summary>
    public const string ComplianceSource = "https://www.infobip.com/docs/line/compliance-guidelines";
}
