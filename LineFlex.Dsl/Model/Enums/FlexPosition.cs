namespace LineFlex;

/// <summary>How a component is placed (<c>position</c>).</summary>
public enum FlexPosition
{
    /// <summary><c>RELATIVE</c>: offsets move it from where it would be.</summary>
    Relative,

    /// <summary><c>ABSOLUTE</c>: offsets place it from its parent's edges.</summary>
    Absolute,
}
