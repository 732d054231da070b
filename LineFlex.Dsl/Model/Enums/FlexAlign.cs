namespace LineFlex;

/// <summary>Horizontal alignment (<c>align</c>).</summary>
public enum FlexAlign
{
    /// <summary><c>START</c>.</summary>
    Start,

    /// <summary><c>END</c>.</summary>
    End,

    /// <summary><c>CENTER</c>.</summary>
    Center,
}
