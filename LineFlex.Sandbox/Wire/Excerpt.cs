namespace LineFlex.Sandbox;

/// <summary>
/// Bounds the text an answer, a log line or an error line quotes from input, so no input is ever echoed whole: a
/// value is cut to a short excerpt, a whole message to a line.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters quoted from one value of the input, the ellipsis included.</summary>
    public const int MaxLength = FlexLimits.ExcerptLength;

    /// <summary>The most characters of a message that may quote input, the ellipsis included.</summary>
    public const int MaxMessageLength = 500;

    private const string Gap = " … ";

    /// <summary>A value quoted the way the parser and the validator quote one: see <see cref="FlexLimits.Excerpt"/>.</summary>
    public static string Of(string text) => FlexLimits.Excerpt(text);

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

        var headLength = MaxMessageLength - tailLength - Gap.Length;
        if (char.IsHighSurrogate(message[headLength - 1]))
        {
            headLength--;
        }

        return string.Concat(message.AsSpan(0, headLength), Gap, message.AsSpan(tailStart));
    }
}
