namespace LineFlex;

/// <summary>The <c>type</c> of an action.</summary>
public enum ActionType
{
    /// <summary><c>URI</c>: opens a link.</summary>
    Uri,

    /// <summary><c>POSTBACK</c>: sends data back to the account.</summary>
    Postback,
}
