using System.Globalization;

namespace LineFlex;

/// <summary>
/// The least and the greatest value a rule allows (<c>0..400</c> characters, <c>at most 30,000 bytes</c>), declared
/// once with the rule (<see cref="FlexRule.Bounds"/>).
/// </summary>
/// <param name="Minimum">The least value allowed; null for none.</param>
/// <param name="Maximum">The greatest value allowed; null for none.</param>
/// <param name="Unit">What is counted (<c>bytes</c>, <c>days</c>), as the rules table names it; null for a plain number or a length.</param>
public readonly record struct FlexBounds(int? Minimum, int? Maximum, string? Unit = null)
{
    /// <summary>From <paramref name="minimum"/> to <paramref name="maximum"/>, both allowed: <c>0..400</c>.</summary>
    public static FlexBounds Between(int minimum, int maximum) => new(minimum, maximum);

    /// <summary>At most <paramref name="maximum"/> <paramref name="unit"/>: <c>at most 180 days</c>.</summary>
    public static FlexBounds AtMost(int maximum, string? unit = null) => new(null, maximum, unit);

    /// <summary>At least <paramref name="minimum"/> <paramref name="unit"/>: <c>at least 1</c>.</summary>
    public static FlexBounds AtLeast(int minimum, string? unit = null) => new(minimum, null, unit);

    /// <summary>The bounds as the rules table writes them: <c>0..400</c>, <c>at most 30,000 bytes</c>, <c>at least 1</c>.</summary>
    public override string ToString()
    {
        var unit = Unit is null ? string.Empty : " " + Unit;
        return (Minimum, Maximum) switch
        {
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min}..{max}{unit}"),
            (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max:N0}{unit}"),
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min:N0}{unit}"),
            _ => "any",
        };
    }
}
