namespace LineFlex;

/// <summary>
/// A box's <c>width</c> or <c>height</c>.
/// </summary>
/// <remarks>
/// Used for box <c>width</c> and <c>height</c>. Accepts pixels (<c>12px</c>) and percentages (<c>80%</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexLength : IFlexValue
{
    private readonly string? _value;

    private FlexLength(string value) => _value = value;

    /// <summary>The value exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar for this property (false only for <see cref="Raw"/> values).</summary>
    public bool IsWellFormed => FlexGrammars.Length.Matches(_value);

    /// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>
    /// <param name="pixels">Zero or more pixels; decimals are allowed (0.3).</param>
    public static FlexLength Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels)));

    /// <summary>A percentage, written as <c>{percent}%</c>.</summary>
    /// <param name="percent">Zero or more percent; decimals are allowed.</param>
    public static FlexLength Percent(decimal percent) => new(ValueGrammar.Percent(percent, nameof(percent)));

    /// <summary>Parses a literal such as the JSON holds it.</summary>
    /// <exception cref="ArgumentException">The literal does not follow LINE's grammar for this value.</exception>
    public static FlexLength Parse(string value) => new(FlexGrammars.Length.Check(value, nameof(value)));

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexLength result)
    {
        result = FlexGrammars.Length.Matches(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexLength Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexLength(string value) => Parse(value);

    string IFlexValue.Expected => FlexGrammars.Length.Expected;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
