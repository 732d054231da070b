using System.Text.RegularExpressions;
using LineFlex.Sandbox;

namespace LineFlex.Cli;

/// <summary>
/// The one line <c>lineflex</c> prints on stderr for a failure: <c>error: </c>, then the message on a single line, at
/// most <see cref="MaxLength"/> characters, so no input can make it long and no stack trace ever shows.
/// </summary>
internal static partial class ErrorLine
{
    /// <summary>The longest line printed; a longer message keeps its start (what went wrong) and its end (what to do).</summary>
    public const int MaxLength = 500;

    private const string Gap = " … ";

    /// <summary>The line for a failure the command did not expect: the message and the type, so it can be reported.</summary>
    public static string Unexpected(Exception exception) =>
        Of($"{exception.Message} (an unexpected {exception.GetType().Name}; please report it with the command line that caused it)");

    /// <summary>
    /// <paramref name="message"/> as one bounded line. Each of <paramref name="quoted"/> (the command line's words, say)
    /// that occurs in the message is first cut to a short excerpt.
    /// </summary>
    public static string Of(string message, IEnumerable<string>? quoted = null)
    {
        foreach (var text in quoted ?? [])
        {
            if (text.Length > Excerpt.MaxLength)
            {
                message = message.Replace(text, Excerpt.Of(text), StringComparison.Ordinal);
            }
        }

        var line = "error: " + LineBreaks().Replace(message.Trim(), " ");
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var tail = MaxLength / 3;
        var head = MaxLength - tail - Gap.Length;
        return string.Concat(line.AsSpan(0, head), Gap, line.AsSpan(line.Length - tail));
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
