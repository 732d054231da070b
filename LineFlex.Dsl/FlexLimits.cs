using System.Globalization;
using System.Text;

namespace LineFlex;

/// <summary>
/// The bounds LineFlex keeps whatever it is given, so that no input can exhaust the stack, the memory
/// or the reader of an error message. See docs/json.md, section "Limits".
/// </summary>
public static class FlexLimits
{
    /// <summary>
    /// The most BOXes that may nest inside one another: a bubble's header, body or footer (or a box built on its
    /// own) is the first level, a box inside it the second. A TEXT, an IMAGE or any other leaf may stand in the
    /// deepest box. Real layouts stay under ten levels; the bound keeps every walk of a tree far from the end of
    /// the stack. The builder throws at the call that nests deeper, the validator reports LF509, the serializer
    /// throws, and the parser rejects the box with its line and position.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The largest JSON document <see cref="FlexJson"/> reads, in bytes of UTF-8 (32 MiB): room for a request of
    /// 1,000 messages (the most <c>BulkBatchSize</c> allows) each carrying a 30 KB bubble. A stream is read no
    /// further than this, so an endless one (<c>/dev/zero</c>) ends in a <see cref="FlexJsonException"/> instead
    /// of filling the memory.
    /// </summary>
    public const int MaxDocumentBytes = 32 * 1024 * 1024;

    /// <summary>
    /// The most characters of an input value an error message or finding quotes: a longer value is cut and
    /// ends in <c>...</c>, and control and invisible characters are shown escaped (<c>\n</c>, <c>\u0000</c>), so a message
    /// stays one short line whatever it quotes. Exceptions and findings that carry the value keep it whole.
    /// </summary>
    public const int ExcerptLength = 80;

    private const string Ellipsis = "...";

    /// <summary>
    /// Quotes <paramref name="text"/> as error messages do: at most <see cref="ExcerptLength"/> characters,
    /// cut with <c>...</c> when longer, control, invisible and direction-changing characters escaped.
    /// </summary>
    /// <param name="text">Any text taken from input.</param>
    public static string Excerpt(string text) => Excerpt(text, ExcerptLength);

    /// <summary>
    /// Quotes <paramref name="text"/> as <see cref="Excerpt(string)"/> does, in at most <paramref name="length"/>
    /// characters: the one way input is quoted in messages, whatever bound the message gives it (a server's text in
    /// the transport's messages takes 200).
    /// </summary>
    internal static string Excerpt(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length && !NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(length);
        var fits = 0; // the length of the excerpt that still leaves room for the ellipsis
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                Append(builder, c);
            }

            if (builder.Length > length)
            {
                builder.Length = fits;
                return builder.Append(Ellipsis).ToString();
            }

            if (builder.Length <= length - Ellipsis.Length)
            {
                fits = builder.Length;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c) || char.IsSurrogate(c))
            {
                // A surrogate is fine in a pair; the slow path sorts that out.
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Characters that would break the line, turn the text around or not show at all where a message is shown:
    /// controls, line and paragraph separators and format characters (direction marks, the byte order mark),
    /// but not the joiners that hold emoji and scripts together.
    /// </summary>
    private static bool IsHidden(char c) =>
        char.IsControl(c)
        || (c is not ('\u200C' or '\u200D') && char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    private static void Append(StringBuilder builder, char c)
    {
        if (!IsHidden(c) && !char.IsSurrogate(c))
        {
            builder.Append(c);
            return;
        }

        _ = c switch
        {
            '\n' => builder.Append("\\n"),
            '\r' => builder.Append("\\r"),
            '\t' => builder.Append("\\t"),
            _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
        };
    }
}
