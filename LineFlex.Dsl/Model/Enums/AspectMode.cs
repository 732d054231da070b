namespace LineFlex;

/// <summary>How an IMAGE fills its area (<c>aspectMode</c>).</summary>
public enum AspectMode
{
    /// <summary><c>COVER</c>: fills the area, cropping the image.</summary>
    Cover,

    /// <summary><c>FIT</c>: shows the whole image.</summary>
    Fit,
}
