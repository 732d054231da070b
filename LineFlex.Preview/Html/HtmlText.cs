using System.Text;

namespace LineFlex;

/// <summary>
/// Escapes text for HTML. Every character that could end a text node or an attribute value is replaced by its
/// entity, so text from a message is shown as text wherever it is written, whatever it holds.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for a text node or a quoted attribute value.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return html;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = EntityOf(text, i);
            if (entity is null)
            {
                continue;
            }

            html.Append(text, start, i - start).Append(entity);
            start = i + 1;
        }

        return html.Append(text, start, text.Length - start);
    }

    /// <summary><paramref name="text"/> escaped for a text node or a quoted attribute value.</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();

    private static string? EntityOf(string text, int i) => text[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '`' => "&#96;",

        // NUL and a lone surrogate are not characters of a document; show the replacement character instead.
        '\0' => "\uFFFD",
        var c when char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) => "\uFFFD",
        var c when char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])) => "\uFFFD",
        _ => null,
    };
}
