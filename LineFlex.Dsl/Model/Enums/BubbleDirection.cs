namespace LineFlex;

/// <summary>The text direction of a bubble (<c>direction</c>).</summary>
public enum BubbleDirection
{
    /// <summary><c>LEFT_TO_RIGHT</c>.</summary>
    LeftToRight,

    /// <summary><c>RIGHT_TO_LEFT</c>.</summary>
    RightToLeft,
}
