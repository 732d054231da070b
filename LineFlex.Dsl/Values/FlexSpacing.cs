namespace LineFlex;

/// <summary>
/// A spacing: a box's <c>spacing</c>, a component's <c>margin</c> or a box's <c>cornerRadius</c>.
/// </summary>
/// <remarks>
/// Used for box <c>spacing</c>, component <c>margin</c> and box <c>cornerRadius</c>. Accepts <c>none</c>, <c>xs</c>, <c>sm</c>, <c>md</c>, <c>lg</c>, <c>xl</c>, <c>xxl</c> and pixels (<c>12px</c>).
/// A malformed literal throws <see cref="ArgumentException"/> where it is written; <see cref="Raw"/> is the
/// escape hatch that keeps any string unchecked (the validator still checks it).
/// See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexSpacing : IFlexValue
{
    private readonly string? _value;

    private FlexSpacing(string value) => _value = value;

    /// <summary>The value exactly as it is written in the JSON.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> follows LINE's grammar for this property (false only for <see cref="Raw"/> values).</summary>
    public bool IsWellFormed => FlexGrammars.Spacing.Matches(_value);

    /// <summary>The keyword <c>none</c>.</summary>
    public static FlexSpacing None { get; } = new("none");

    /// <summary>The keyword <c>xs</c>.</summary>
    public static FlexSpacing Xs { get; } = new("xs");

    /// <summary>The keyword <c>sm</c>.</summary>
    public static FlexSpacing Sm { get; } = new("sm");

    /// <summary>The keyword <c>md</c>.</summary>
    public static FlexSpacing Md { get; } = new("md");

    /// <summary>The keyword <c>lg</c>.</summary>
    public static FlexSpacing Lg { get; } = new("lg");

    /// <summary>The keyword <c>xl</c>.</summary>
    public static FlexSpacing Xl { get; } = new("xl");

    /// <summary>The keyword <c>xxl</c>.</summary>
    public static FlexSpacing Xxl { get; } = new("xxl");

    /// <summary>A pixel value, written as <c>{pixels}px</c>.</summary>
    /// <param name="pixels">Zero or more pixels; decimals are allowed (0.3).</param>
    public static FlexSpacing Px(decimal pixels) => new(ValueGrammar.Pixels(pixels, nameof(pixels)));

    /// <summary>Parses a literal such as the JSON holds it.</summary>
    /// <exception cref="ArgumentException">The literal does not follow LINE's grammar for this value.</exception>
    public static FlexSpacing Parse(string value) => new(FlexGrammars.Spacing.Check(value, nameof(value)));

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexSpacing result)
    {
        result = FlexGrammars.Spacing.Matches(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexSpacing Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexSpacing(string value) => Parse(value);

    string IFlexValue.Expected => FlexGrammars.Spacing.Expected;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
