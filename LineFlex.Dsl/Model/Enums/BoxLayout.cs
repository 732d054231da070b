namespace LineFlex;

/// <summary>How a BOX places its children (<c>layout</c>).</summary>
public enum BoxLayout
{
    /// <summary><c>HORIZONTAL</c>: side by side.</summary>
    Horizontal,

    /// <summary><c>VERTICAL</c>: top to bottom.</summary>
    Vertical,

    /// <summary><c>BASELINE</c>: side by side on a shared text baseline (TEXT and ICON only).</summary>
    Baseline,
}
