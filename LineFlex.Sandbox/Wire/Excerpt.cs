namespace LineFlex.Sandbox;

/// <summary>Bounds the text an answer or a log line quotes from a request, so no input is ever echoed whole.</summary>
internal static class Excerpt
{
    /// <summary>The most characters quoted from a request, the ellipsis included.</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/> itself when short enough, otherwise its start and an ellipsis.</summary>
    public static string Of(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = MaxLength - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }
}
