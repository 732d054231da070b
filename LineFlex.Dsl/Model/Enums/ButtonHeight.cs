namespace LineFlex;

/// <summary>The height of a BUTTON (<c>height</c>).</summary>
public enum ButtonHeight
{
    /// <summary><c>SMALL</c>.</summary>
    Small,

    /// <summary><c>MEDIUM</c>.</summary>
    Medium,
}
