namespace LineFlex;

/// <summary>A day of the week in a delivery time window.</summary>
public enum DeliveryDay
{
    /// <summary><c>MONDAY</c>.</summary>
    Monday,

    /// <summary><c>TUESDAY</c>.</summary>
    Tuesday,

    /// <summary><c>WEDNESDAY</c>.</summary>
    Wednesday,

    /// <summary><c>THURSDAY</c>.</summary>
    Thursday,

    /// <summary><c>FRIDAY</c>.</summary>
    Friday,

    /// <summary><c>SATURDAY</c>.</summary>
    Saturday,

    /// <summary><c>SUNDAY</c>.</summary>
    Sunday,
}
