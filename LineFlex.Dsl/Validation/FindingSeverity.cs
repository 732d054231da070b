namespace LineFlex;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Infobip or LINE rejects the message, or delivers something other than what was written.</summary>
    Error,

    /// <summary>Accepted, but not as written (Infobip cuts a validity period over 48 hours to 48 hours, say).</summary>
    Warning,
}
