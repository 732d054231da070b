namespace LineFlex;

/// <summary>
/// A colour in hexadecimal: <c>#RRGGBB</c>, or <c>#RRGGBBAA</c> with an alpha channel.
/// </summary>
/// <remarks>
/// LINE documents the alpha form for a box's <c>backgroundColor</c>; the validator reports it
/// where LINE does not accept it. A malformed literal throws <see cref="ArgumentException"/> where it
/// is written; <see cref="Raw"/> is the unchecked escape hatch. See docs/building-messages.md.
/// </remarks>
public readonly record struct FlexColor : IFlexValue<FlexColor>
{
    private readonly string? _value;

    private FlexColor(string value) => _value = value;

    /// <summary>The colour exactly as it is written in the JSON, case kept (<c>#06C755</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <see cref="Value"/> is <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</summary>
    public bool IsWellFormed => IsHexColor(_value);

    /// <summary>Whether the colour carries an alpha channel (<c>#RRGGBBAA</c>).</summary>
    public bool HasAlpha => IsWellFormed && Value.Length == 9;

    /// <summary>A colour from its red, green and blue parts.</summary>
    public static FlexColor FromRgb(byte red, byte green, byte blue) => new($"#{red:X2}{green:X2}{blue:X2}");

    /// <summary>A colour from its red, green, blue and alpha parts.</summary>
    public static FlexColor FromRgba(byte red, byte green, byte blue, byte alpha) =>
        new($"#{red:X2}{green:X2}{blue:X2}{alpha:X2}");

    /// <summary>Parses <c>#RRGGBB</c> or <c>#RRGGBBAA</c>; the case of the digits is kept.</summary>
    /// <exception cref="ArgumentException">The literal is not a hexadecimal colour.</exception>
    public static FlexColor Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsHexColor(value))
        {
            throw new ArgumentException(
                $"\"{FlexLimits.Excerpt(value)}\" is not a colour. Write it in hexadecimal as \"#RRGGBB\" (\"#06C755\") or \"#RRGGBBAA\" with alpha.",
                nameof(value));
        }

        return new(value);
    }

    /// <summary>Parses a literal, returning false instead of throwing when it is malformed.</summary>
    public static bool TryParse(string? value, out FlexColor result)
    {
        result = IsHexColor(value) ? new(value!) : default;
        return result._value is not null;
    }

    /// <summary>
    /// The escape hatch: keeps <paramref name="value"/> as it is, without checking it here.
    /// The validator still reports a value that LINE would reject.
    /// </summary>
    public static FlexColor Raw(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Parses a literal; see <see cref="Parse"/>.</summary>
    public static implicit operator FlexColor(string value) => Parse(value);

    string IFlexValue.Expected => "a hexadecimal colour \"#RRGGBB\" or \"#RRGGBBAA\"";

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static bool IsHexColor(string? value) =>
        value is { Length: 7 or 9 } && value[0] == '#' && value.AsSpan(1).ContainsAnyExcept(HexDigits) is false;

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
