namespace LineFlex;

/// <summary>The width of a bubble (<c>size</c>); LINE's default is MEGA.</summary>
public enum BubbleSize
{
    /// <summary><c>NANO</c>: the narrowest.</summary>
    Nano,

    /// <summary><c>MICRO</c>.</summary>
    Micro,

    /// <summary><c>KILO</c>.</summary>
    Kilo,

    /// <summary><c>MEGA</c>: the default.</summary>
    Mega,

    /// <summary><c>GIGA</c>: the widest.</summary>
    Giga,
}
