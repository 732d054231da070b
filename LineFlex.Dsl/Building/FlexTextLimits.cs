using System.Globalization;

namespace LineFlex;

/// <summary>
/// Fits data into the text limits of the API before it reaches the message: <c>altText</c> and action labels.
/// Lengths are counted as the validator counts them (UTF-16 code units, C# <c>string.Length</c>), and text is cut
/// only between grapheme clusters, so an emoji, a Thai vowel or a combining mark is never split.
/// </summary>
/// <remarks>See docs/templates.md, section "Text from data".</remarks>
public static class FlexTextLimits
{
    /// <summary>The longest <c>altText</c>, in UTF-16 code units (rule LF201).</summary>
    public const int AltText = 400;

    /// <summary>The longest action <c>label</c>, in UTF-16 code units (rule LF208).</summary>
    public const int Label = 20;

    /// <summary>The ellipsis <see cref="Truncate"/> ends a cut text with: one character, U+2026.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="maxLength"/> UTF-16 code units; otherwise its longest
    /// start that leaves room for <paramref name="ellipsis"/>, cut between grapheme clusters, with trailing
    /// white space removed and the ellipsis added.
    /// </summary>
    /// <param name="text">The text from data.</param>
    /// <param name="maxLength">The limit, in UTF-16 code units; longer than <paramref name="ellipsis"/>.</param>
    /// <param name="ellipsis">What marks the cut; <see cref="Ellipsis"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> leaves no room for the ellipsis.</exception>
    public static string Truncate(string text, int maxLength, string ellipsis = Ellipsis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ellipsis);
        if (maxLength <= ellipsis.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxLength),
                maxLength,
                $"The limit must be longer than the ellipsis \"{ellipsis}\" ({ellipsis.Length} code units); pass a larger maxLength or a shorter ellipsis.");
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - ellipsis.Length;
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var end = elements.ElementIndex + ((string)elements.Current).Length;
            if (end > room)
            {
                break;
            }

            cut = end;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), ellipsis);
    }

    /// <summary><paramref name="text"/> cut to fit <c>altText</c> (<see cref="AltText"/> code units).</summary>
    public static string ForAltText(string text) => Truncate(text, AltText);

    /// <summary><paramref name="text"/> cut to fit an action's <c>label</c> (<see cref="Label"/> code units).</summary>
    public static string ForLabel(string text) => Truncate(text, Label);
}
