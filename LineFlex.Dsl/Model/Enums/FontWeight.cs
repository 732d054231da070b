namespace LineFlex;

/// <summary>The weight of a TEXT or SPAN (<c>weight</c>).</summary>
public enum FontWeight
{
    /// <summary><c>REGULAR</c>.</summary>
    Regular,

    /// <summary><c>BOLD</c>.</summary>
    Bold,
}
