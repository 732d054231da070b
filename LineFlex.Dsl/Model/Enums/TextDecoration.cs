namespace LineFlex;

/// <summary>The decoration of a SPAN (<c>decoration</c>).</summary>
public enum TextDecoration
{
    /// <summary><c>NONE</c>.</summary>
    None,

    /// <summary><c>UNDERLINE</c>.</summary>
    Underline,

    /// <summary><c>LINE_THROUGH</c>.</summary>
    LineThrough,
}
