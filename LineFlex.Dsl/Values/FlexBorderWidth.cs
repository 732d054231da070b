namespace LineFlex;

/// <summary>
/// The width of a box's border.
/// </summary>
/// <remarks>
/// Used for box <c>borderWidth</c>. Accepts <c>none</c>, <c>light</c>, <c>normal</c>, <c>medium</c>, <c>semi-bold</c>, <c>bold</c> and pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexBorderWidth : IFlexValue
{
    private readonly string? _value;

    private FlexBorderWidth(string value) => _value = value;

    /// <summary>The value exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar for this property (false only for <see cref="Raw"/> values).</summary>
    public bool IsWellFormed => FlexGrammars.BorderWidth.Matches(_value);

    /// <summary>The keyword <c>none</c>.</summary>
    public static FlexBorderWidth None { get; } = new("none");

    /// <summary>The keyword <c>light</c>.</summary>
    public static FlexBorderWidth Light { get; } = new("light");

    /// <summary>The keyword <c>normal</c>.</summary>
    public static FlexBorderWidth Normal { get; } = new("normal");

    /// <summary>The keyword <c>medium</c>.</summary>
    public static FlexBorderWidth Medium { get; } = new("medium");

    /// <summary>The keyword <c>semi-bold</c>.</summary>
    public static FlexBorderWidth SemiBold { get; } = new("semi-bold");

    /// <summary>The keyword <c>bold</c>.</summary>
    public static FlexBorderWidth Bold { get; } = new("bold");

    /// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>
    /// <param name="pixels">Zero or more pixels; decimals are allowed (0.3).</param>
    public static FlexBorderWidth Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels)));

    /// <summary>Parses a literal such as the JSON holds it.</summary>
    /// <exception cref="ArgumentException">The literal does not follow LINE's grammar for this value.</exception>
    public static FlexBorderWidth Parse(string value) => new(FlexGrammars.BorderWidth.Check(value, nameof(value)));

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexBorderWidth result)
    {
        result = FlexGrammars.BorderWidth.Matches(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexBorderWidth Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexBorderWidth(string value) => Parse(value);

    string IFlexValue.Expected => FlexGrammars.BorderWidth.Expected;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
