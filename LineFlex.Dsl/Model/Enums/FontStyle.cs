namespace LineFlex;

/// <summary>The style of a SPAN (<c>style</c>).</summary>
public enum FontStyle
{
    /// <summary><c>NORMAL</c>.</summary>
    Normal,

    /// <summary><c>ITALIC</c>.</summary>
    Italic,
}
