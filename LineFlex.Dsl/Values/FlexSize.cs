namespace LineFlex;

/// <summary>
/// The size of a TEXT, SPAN or ICON.
/// </summary>
/// <remarks>
/// Used for TEXT, SPAN and ICON <c>size</c>. Accepts <c>xxs</c>, <c>xs</c>, <c>sm</c>, <c>md</c>, <c>lg</c>, <c>xl</c>, <c>xxl</c>, <c>3xl</c>, <c>4xl</c>, <c>5xl</c> and pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexSize : IFlexValue
{
    private readonly string? _value;

    private FlexSize(string value) => _value = value;

    /// <summary>The value exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar for this property (false only for <see cref="Raw"/> values).</summary>
    public bool IsWellFormed => FlexGrammars.Size.Matches(_value);

    /// <summary>The keyword <c>xxs</c>.</summary>
    public static FlexSize Xxs { get; } = new("xxs");

    /// <summary>The keyword <c>xs</c>.</summary>
    public static FlexSize Xs { get; } = new("xs");

    /// <summary>The keyword <c>sm</c>.</summary>
    public static FlexSize Sm { get; } = new("sm");

    /// <summary>The keyword <c>md</c>.</summary>
    public static FlexSize Md { get; } = new("md");

    /// <summary>The keyword <c>lg</c>.</summary>
    public static FlexSize Lg { get; } = new("lg");

    /// <summary>The keyword <c>xl</c>.</summary>
    public static FlexSize Xl { get; } = new("xl");

    /// <summary>The keyword <c>xxl</c>.</summary>
    public static FlexSize Xxl { get; } = new("xxl");

    /// <summary>The keyword <c>3xl</c>.</summary>
    public static FlexSize ThreeXl { get; } = new("3xl");

    /// <summary>The keyword <c>4xl</c>.</summary>
    public static FlexSize FourXl { get; } = new("4xl");

    /// <summary>The keyword <c>5xl</c>.</summary>
    public static FlexSize FiveXl { get; } = new("5xl");

    /// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>
    /// <param name="pixels">Zero or more pixels; decimals are allowed (0.3).</param>
    public static FlexSize Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels)));

    /// <summary>Parses a literal such as the JSON holds it.</summary>
    /// <exception cref="ArgumentException">The literal does not follow LINE's grammar for this value.</exception>
    public static FlexSize Parse(string value) => new(FlexGrammars.Size.Check(value, nameof(value)));

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexSize result)
    {
        result = FlexGrammars.Size.Matches(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexSize Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexSize(string value) => Parse(value);

    string IFlexValue.Expected => FlexGrammars.Size.Expected;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
