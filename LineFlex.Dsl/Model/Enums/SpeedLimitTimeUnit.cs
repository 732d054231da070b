namespace LineFlex;

/// <summary>The unit of a sending speed limit (<c>timeUnit</c>); Infobip's default is MINUTE.</summary>
public enum SpeedLimitTimeUnit
{
    /// <summary><c>MINUTE</c>.</summary>
    Minute,

    /// <summary><c>HOUR</c>.</summary>
    Hour,

    /// <summary><c>DAY</c>.</summary>
    Day,
}
