namespace LineFlex.Sandbox;

/// <summary>
/// Bounds the text an answer, a log line or an error line quotes from input, so no input is ever echoed whole: a
/// value is cut to a short excerpt, a whole message to a line.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters quoted from one value of the input, the ellipsis included.</summary>
    public const int MaxLength = 80;

    /// <summary>The most characters of a message that may quote input, the ellipsis included.</summary>
    public const int MaxMessageLength = 500;

    private const string Gap = " … ";

    /// <summary><paramref name="text"/> itself when short enough, otherwise its start and an ellipsis.</summary>
    public static string Of(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, Cut(text, MaxLength - 1)), "…");
    }

    /// <summary>
    /// <paramref name="message"/> itself when short enough, otherwise its start (what went wrong) and its end (what
    /// to do) around an ellipsis.
    /// </summary>
    public static string Message(string message)
    {
        if (message.Length <= MaxMessageLength)
        {
            return message;
        }

        var tailLength = MaxMessageLength / 3;
        var tailStart = message.Length - tailLength;
        if (char.IsLowSurrogate(message[tailStart]))
        {
            tailStart++;
        }

        return string.Concat(message.AsSpan(0, Cut(message, MaxMessageLength - tailLength - Gap.Length)), Gap, message.AsSpan(tailStart));
    }

    /// <summary>Where to end a start of at most <paramref name="length"/> characters without splitting a surrogate pair.</summary>
    private static int Cut(string text, int length) => char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}
