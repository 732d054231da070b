namespace LineFlex;

/// <summary>The recipient type of Turkey's IYS regulations (<c>recipientType</c>).</summary>
public enum RecipientType
{
    /// <summary><c>BIREYSEL</c>: an individual.</summary>
    Bireysel,

    /// <summary><c>TACIR</c>: a merchant.</summary>
    Tacir,
}
