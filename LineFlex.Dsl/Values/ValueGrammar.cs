using System.Globalization;

namespace LineFlex;

/// <summary>
/// The grammar of one kind of string-typed Flex value: which lowercase keywords it accepts and
/// whether it accepts pixel (<c>12px</c>) and percentage (<c>80%</c>) values, and whether those may be negative.
/// </summary>
internal sealed class ValueGrammar
{
    private readonly HashSet<string> _keywords;

    public ValueGrammar(string description, string[] keywords, bool pixels, bool percent, bool signed = false)
    {
        AllowsNegative = signed;
        Description = description;
        Keywords = keywords;
        _keywords = new HashSet<string>(keywords, StringComparer.Ordinal);
        AllowsPixels = pixels;
        AllowsPercent = percent;
    }

    /// <summary>What the value is, for messages ("a spacing").</summary>
    public string Description { get; }

    public IReadOnlyList<string> Keywords { get; }

    public bool AllowsPixels { get; }

    public bool AllowsPercent { get; }

    /// <summary>Whether pixels and percentages may carry a leading minus sign (<c>-2px</c>), as LINE's offsets do.</summary>
    public bool AllowsNegative { get; }

    /// <summary>Names what this grammar accepts, for error messages.</summary>
    public string Expected
    {
        get
        {
            var parts = new List<string>();
            if (Keywords.Count > 0)
            {
                parts.Add("one of " + string.Join(", ", Keywords));
            }

            if (AllowsPixels)
            {
                parts.Add(AllowsNegative ? "a pixel value such as \"12px\" or \"-2px\"" : "a pixel value such as \"12px\"");
            }

            if (AllowsPercent)
            {
                parts.Add("a percentage such as \"80%\"");
            }

            return string.Join(Keywords.Count > 0 && parts.Count > 2 ? ", or " : " or ", parts);
        }
    }

    public bool Matches(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (_keywords.Contains(value))
        {
            return true;
        }

        if (AllowsPixels && value.EndsWith("px", StringComparison.Ordinal))
        {
            return IsNumber(value.AsSpan(0, value.Length - 2));
        }

        if (AllowsPercent && value.EndsWith('%'))
        {
            return IsNumber(value.AsSpan(0, value.Length - 1));
        }

        return false;
    }

    public string Check(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!Matches(value))
        {
            throw new ArgumentException(
                $"\"{FlexLimits.Excerpt(value)}\" is not {Description}. Use {Expected}; keywords are written in lowercase.",
                paramName);
        }

        return value;
    }

    public static string Pixels(decimal pixels, string paramName, bool signed = false)
    {
        if (!signed)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(pixels, paramName);
        }

        return FormatNumber(pixels) + "px";
    }

    public static string Percent(decimal percent, string paramName, bool signed = false)
    {
        if (!signed)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(percent, paramName);
        }

        return FormatNumber(percent) + "%";
    }

    /// <summary>An unsigned decimal, or one after a single minus sign where the grammar allows negative values.</summary>
    private bool IsNumber(ReadOnlySpan<char> text) =>
        AllowsNegative && text.StartsWith("-", StringComparison.Ordinal) ? IsUnsignedDecimal(text[1..]) : IsUnsignedDecimal(text);

    internal static string FormatNumber(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Digits with at most one decimal point between digits: "12", "0.3", "23.5".</summary>
    internal static bool IsUnsignedDecimal(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        var seenPoint = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (seenPoint || i == 0 || i == text.Length - 1)
                {
                    return false;
                }

                seenPoint = true;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
