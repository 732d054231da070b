using System.Text;
using System.Text.RegularExpressions;

namespace LineFlex;

/// <summary>
/// A string of an approved shape: fixed text with the model's values as <c>{Property}</c> placeholders
/// (<c>Order {OrderNumber} shipped</c>); a literal brace is doubled (<c>{{</c>, <c>}}</c>).
/// </summary>
internal sealed class SlotPattern
{
    private readonly List<(string Text, string? Property)> _parts;
    private Regex? _regex;

    /// <summary>The whole text when the pattern has no placeholder, so a check compares it without building it again.</summary>
    private readonly string? _fixedText;

    private SlotPattern(List<(string Text, string? Property)> parts)
    {
        _parts = parts;
        _fixedText = parts.All(p => p.Property is null) ? string.Concat(parts.Select(p => p.Text)) : null;
    }

    /// <summary>The model properties, in the order their placeholders stand.</summary>
    public IEnumerable<string> Properties => _parts.Where(p => p.Property is not null).Select(p => p.Property!);

    /// <summary>Whether the whole string is fixed.</summary>
    public bool IsFixed => _fixedText is not null;

    /// <summary>The whole text when the pattern has no placeholder; null otherwise.</summary>
    public string? FixedText => _fixedText;

    /// <summary>The fixed characters of the pattern, without placeholders.</summary>
    public int FixedLength => _parts.Where(p => p.Property is null).Sum(p => p.Text.Length);

    /// <summary>Reads a pattern as written in an approval file.</summary>
    /// <exception cref="FormatException">A brace is unmatched or a placeholder is empty.</exception>
    public static SlotPattern Parse(string pattern)
    {
        List<(string, string?)> parts = [];
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = pattern.IndexOf('}', i + 1);
                if (end < 0 || end == i + 1)
                {
                    throw new FormatException($"\"{FlexLimits.Excerpt(pattern)}\" has an unmatched or empty '{{' at {i}; write a placeholder as {{Property}} and a literal brace as {{{{.");
                }

                parts.Add((text.ToString(), null));
                text.Clear();
                parts.Add((string.Empty, pattern[(i + 1)..end]));
                i = end;
            }
            else if (c == '}')
            {
                throw new FormatException($"\"{FlexLimits.Excerpt(pattern)}\" has an unmatched '}}' at {i}; write a literal brace as }}}}.");
            }
            else
            {
                text.Append(c);
            }
        }

        parts.Add((text.ToString(), null));
        return new SlotPattern([.. parts.Where(p => p.Item2 is not null || p.Item1.Length > 0)]);
    }

    /// <summary>The pattern of <paramref name="value"/> with the spans given replaced by their properties' placeholders.</summary>
    public static string Write(string value, IEnumerable<(int Start, int Length, string Property)> spans)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var (start, length, property) in spans.OrderBy(s => s.Start))
        {
            if (start < at)
            {
                continue;
            }

            text.Append(Escape(value[at..start])).Append('{').Append(property).Append('}');
            at = start + length;
        }

        return text.Append(Escape(value[at..])).ToString();
    }

    /// <summary>A fixed text written as a pattern: its braces doubled.</summary>
    public static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The pattern with every placeholder's name left out (<c>Order {} shipped</c>): what the hash covers, so renaming a model property keeps it.</summary>
    public string Anonymous() =>
        string.Concat(_parts.Select(p => p.Property is null ? Escape(p.Text) : "{}"));

    /// <summary>
    /// Whether <paramref name="value"/> matches and each placeholder's value is at most as long as its limit in
    /// <paramref name="maxLengths"/> (by position), found without an expression or collecting the values: each
    /// placeholder runs to the first place the fixed text after it stands, as the expression's lazy match would
    /// take it. Never true where <see cref="Match"/> fails or finds a value over its limit; it may be false where
    /// that takes a later place (the fixed text standing twice); the full comparison then decides.
    /// </summary>
    public bool MatchesWithin(string value, ReadOnlySpan<int> maxLengths)
    {
        if (_fixedText is not null)
        {
            return _fixedText == value;
        }

        int at = 0, slot = 0;
        for (var k = 0; k < _parts.Count; k++)
        {
            var (text, property) = _parts[k];
            if (property is null)
            {
                if (!value.AsSpan(at).StartsWith(text, StringComparison.Ordinal))
                {
                    return false;
                }

                at += text.Length;
                continue;
            }

            // The expression's last value may leave out a final line end its $ stands before; this one keeps it, so it is never shorter.
            var end = k + 1 == _parts.Count ? value.Length
                : _parts[k + 1].Property is not null ? at
                : value.IndexOf(_parts[k + 1].Text, at, StringComparison.Ordinal);
            if (end < 0 || end - at > maxLengths[slot++])
            {
                return false;
            }

            at = end;
        }

        return at == value.Length;
    }

    /// <summary>The values of the placeholders in <paramref name="value"/>, by position; null when the fixed text differs.</summary>
    public IReadOnlyList<string>? Match(string value)
    {
        if (_fixedText is not null)
        {
            return _fixedText == value ? [] : null;
        }

        _regex ??= new Regex(
            "^" + string.Concat(_parts.Select(p => p.Property is null ? Regex.Escape(p.Text) : "(.*?)")) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        var match = _regex.Match(value);
        return match.Success ? [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)] : null;
    }
}
