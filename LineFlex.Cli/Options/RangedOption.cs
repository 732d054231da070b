using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LineFlex.Cli;

/// <summary>
/// Options whose value must lie in a range. A value that is not a number, or lies outside the range, is a usage error
/// that names the option, the value given and the range.
/// </summary>
internal static class RangedOption
{
    /// <summary>The most seconds a duration option takes: one day.</summary>
    public const double MaxSeconds = 86_400;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="note"/> follows the range in the error.</summary>
    public static Option<int> WholeNumber(string name, string description, int min, int max, int defaultValue, string note = "") =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ReadWholeNumber(result, name, min, max, note) ?? defaultValue,
        };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or nothing when the option is not given.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description, int min, int max, string note = "") =>
        new(name)
        {
            Description = description,
            CustomParser = result => ReadWholeNumber(result, name, min, max, note),
        };

    /// <summary>A number of seconds from 0 to <see cref="MaxSeconds"/>, fractions allowed.</summary>
    public static Option<double> Seconds(string name, string description, double defaultValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                if (Token(result) is not { } token)
                {
                    return defaultValue;
                }

                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= MaxSeconds)
                {
                    return seconds;
                }

                result.AddError($"{name} must be a number of seconds from 0 to {MaxSeconds.ToString(CultureInfo.InvariantCulture)}, but was '{FlexLimits.Excerpt(token)}'.");
                return defaultValue;
            },
        };

    private static int? ReadWholeNumber(ArgumentResult result, string name, int min, int max, string note)
    {
        if (Token(result) is not { } token)
        {
            return null;
        }

        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var range = max == int.MaxValue ? string.Create(CultureInfo.InvariantCulture, $", {min} or more") : string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}");
        result.AddError($"{name} must be a whole number{range}{note}, but was '{FlexLimits.Excerpt(token)}'.");
        return null;
    }

    private static string? Token(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
}
