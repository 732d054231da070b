using System.Text.RegularExpressions;
using LineFlex.Sandbox;

namespace LineFlex.Cli;

/// <summary>
/// The one line <c>lineflex</c> prints on stderr for a failure: <c>error: </c>, then the message on a single line, at
/// most <see cref="Excerpt.MaxMessageLength"/> characters, so no input can make it long and no stack trace ever shows.
/// </summary>
internal static partial class ErrorLine
{
    /// <summary>What went wrong in a failure the command did not expect: the message and the type, so it can be reported.</summary>
    public static string Unexpected(Exception exception) =>
        $"{exception.Message} (an unexpected {exception.GetType().Name}; please report it with the command line that caused it)";

    /// <summary>
    /// <paramref name="message"/> as one bounded line. Each of <paramref name="secrets"/> (an API key) that occurs in it
    /// as a whole (not inside a word: a letter or digit on neither side) is replaced by <c>[redacted]</c>; each of
    /// <paramref name="quoted"/> (the command line's words, say) is cut to a short excerpt.
    /// </summary>
    public static string Of(string message, IEnumerable<string>? quoted = null, IEnumerable<string>? secrets = null)
    {
        foreach (var secret in (secrets ?? []).Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            message = Regex.Replace(message, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(secret)}(?![\p{{L}}\p{{N}}])", "[redacted]", RegexOptions.CultureInvariant);
        }

        foreach (var text in quoted ?? [])
        {
            if (text.Length > Excerpt.MaxLength)
            {
                message = message.Replace(text, FlexLimits.Excerpt(text), StringComparison.Ordinal);
            }
        }

        return Bounded("error: " + message.Trim());
    }

    /// <summary><paramref name="line"/> on a single line of at most <see cref="Excerpt.MaxMessageLength"/> characters.</summary>
    public static string Bounded(string line) => Excerpt.Message(LineBreaks().Replace(line, " "));

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
