namespace LineFlex;

/// <summary>The unit of a validity period (<c>timeUnit</c>); Infobip's default is MINUTES.</summary>
public enum ValidityPeriodTimeUnit
{
    /// <summary><c>SECONDS</c>.</summary>
    Seconds,

    /// <summary><c>MINUTES</c>.</summary>
    Minutes,

    /// <summary><c>HOURS</c>.</summary>
    Hours,
}
