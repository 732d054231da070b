namespace LineFlex.Sandbox;

/// <summary>
/// Bounds a whole message that quotes input (an answer, a log line, an error line) to a line; each value it quotes
/// is cut by <see cref="FlexLimits.Excerpt"/>, the one helper that quotes input everywhere.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters quoted from one value of the input, the ellipsis included.</summary>
    public const int MaxLength = FlexLimits.ExcerptLength;

    /// <summary>The most characters of a message that may quote input, the ellipsis included.</summary>
    public const int MaxMessageLength = 500;

    private const string Gap = " … ";

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
