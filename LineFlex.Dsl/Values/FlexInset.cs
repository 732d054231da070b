namespace LineFlex;

/// <summary>
/// A padding or an offset: <c>paddingAll/Top/Bottom/Start/End</c> and <c>offsetTop/Bottom/Start/End</c>.
/// </summary>
/// <remarks>
/// Used for paddings and offsets. Accepts <c>none</c>, <c>xs</c>, <c>sm</c>, <c>md</c>, <c>lg</c>, <c>xl</c>, <c>xxl</c>, pixels (<c>12px</c>) and percentages (<c>80%</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexInset : IFlexValue
{
    private readonly string? _value;

    private FlexInset(string value) => _value = value;

    /// <summary>The value exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar for this property (false only for <see cref="Raw"/> values).</summary>
    public bool IsWellFormed => FlexGrammars.Inset.Matches(_value);

    /// <summary>The keyword <c>none</c>.</summary>
    public static FlexInset None { get; } = new("none");

    /// <summary>The keyword <c>xs</c>.</summary>
    public static FlexInset Xs { get; } = new("xs");

    /// <summary>The keyword <c>sm</c>.</summary>
    public static FlexInset Sm { get; } = new("sm");

    /// <summary>The keyword <c>md</c>.</summary>
    public static FlexInset Md { get; } = new("md");

    /// <summary>The keyword <c>lg</c>.</summary>
    public static FlexInset Lg { get; } = new("lg");

    /// <summary>The keyword <c>xl</c>.</summary>
    public static FlexInset Xl { get; } = new("xl");

    /// <summary>The keyword <c>xxl</c>.</summary>
    public static FlexInset Xxl { get; } = new("xxl");

    /// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>
    /// <param name="pixels">Zero or more pixels; decimals are allowed (0.3).</param>
    public static FlexInset Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels)));

    /// <summary>A percentage, written as <c>{percent}%</c>.</summary>
    /// <param name="percent">Zero or more percent; decimals are allowed.</param>
    public static FlexInset Percent(decimal percent) => new(ValueGrammar.Percent(percent, nameof(percent)));

    /// <summary>Parses a literal such as the JSON holds it.</summary>
    /// <exception cref="ArgumentException">The literal does not follow LINE's grammar for this value.</exception>
    public static FlexInset Parse(string value) => new(FlexGrammars.Inset.Check(value, nameof(value)));

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexInset result)
    {
        result = FlexGrammars.Inset.Matches(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexInset Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexInset(string value) => Parse(value);

    string IFlexValue.Expected => FlexGrammars.Inset.Expected;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
