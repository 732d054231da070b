namespace LineFlex;

/// <summary>The look of a BUTTON (<c>style</c>).</summary>
public enum ButtonStyle
{
    /// <summary><c>PRIMARY</c>: filled, dark.</summary>
    Primary,

    /// <summary><c>SECONDARY</c>: filled, light.</summary>
    Secondary,

    /// <summary><c>LINK</c>: text only (LINE's default).</summary>
    Link,
}
