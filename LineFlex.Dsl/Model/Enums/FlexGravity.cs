namespace LineFlex;

/// <summary>Vertical alignment (<c>gravity</c>).</summary>
public enum FlexGravity
{
    /// <summary><c>TOP</c>.</summary>
    Top,

    /// <summary><c>BOTTOM</c>.</summary>
    Bottom,

    /// <summary><c>CENTER</c>.</summary>
    Center,
}
