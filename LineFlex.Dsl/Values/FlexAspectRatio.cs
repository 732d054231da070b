using System.Globalization;

namespace LineFlex;

/// <summary>
/// The aspect ratio of an IMAGE or ICON, written <c>"{width}:{height}"</c> (<c>"20:13"</c>, <c>"1.91:1"</c>).
/// </summary>
/// <remarks>
/// Each side is a number from 1 to 100000 and the height is at most three times the width.
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/>
/// is the unchecked escape hatch. See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexAspectRatio : IFlexValue<FlexAspectRatio>
{
    private readonly string? _value;

    private FlexAspectRatio(string value) => _value = value;

    /// <summary>The ratio exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar and limits for an aspect ratio.</summary>
    public bool IsWellFormed => Check(_value) is null;

    /// <summary>An aspect ratio from its two sides.</summary>
    /// <exception cref="ArgumentException">A side is outside 1..100000 or the height is over three times the width.</exception>
    public static FlexAspectRatio Of(decimal width, decimal height) =>
        Parse(ValueGrammar.FormatNumber(width) + ":" + ValueGrammar.FormatNumber(height));

    /// <summary>Parses <c>"{width}:{height}"</c>.</summary>
    /// <exception cref="ArgumentException">The literal is malformed or outside LINE's limits.</exception>
    public static FlexAspectRatio Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Check(value);
        if (problem is not null)
        {
            throw new ArgumentException($"\"{FlexLimits.Excerpt(value)}\" is not an aspect ratio: {problem}.", nameof(value));
        }

        return new(value);
    }

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexAspectRatio result)
    {
        result = Check(value) is null ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexAspectRatio Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexAspectRatio(string value) => Parse(value);

    string IFlexValue.Expected => "\"{width}:{height}\" with each side 1 to 100000 and the height at most three times the width";

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Returns what is wrong with <paramref name="value"/>, or null when it is a valid ratio.</summary>
    internal static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "it is empty; write \"{width}:{height}\" such as \"20:13\"";
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0
            || !ValueGrammar.IsUnsignedDecimal(value.AsSpan(0, colon))
            || !ValueGrammar.IsUnsignedDecimal(value.AsSpan(colon + 1)))
        {
            return "write \"{width}:{height}\" with two numbers, such as \"20:13\" or \"1.91:1\"";
        }

        // A number too long for decimal is certainly out of range.
        if (!decimal.TryParse(value.AsSpan(0, colon), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var width)
            || !decimal.TryParse(value.AsSpan(colon + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var height)
            || width is < 1 or > 100000 || height is < 1 or > 100000)
        {
            return "each side must be from 1 to 100000";
        }

        if (height > 3 * width)
        {
            return $"the height ({ValueGrammar.FormatNumber(height)}) must be at most three times the width ({ValueGrammar.FormatNumber(width)})";
        }

        return null;
    }
}
