using Newtonsoft.Json;

namespace LineFlex;

/// <summary>Tokens, scalars and errors.</summary>
internal sealed partial class FlexJsonReader
{
    private (string Path, int Line, int Position) Here()
    {
        var (line, position) = LineAndPosition(_reader.Mark);
        return (BoundedPath(_reader.Path()), line, position);
    }

    /// <summary>The line and position of the token at <paramref name="mark"/>, as an error reports it.</summary>
    private (int Line, int Position) LineAndPosition(long mark)
    {
        // 0 means unknown (a reader without line information); a reader that counts lines starts at (1,1).
        if (!_reader.HasLineInfo)
        {
            return (0, 0);
        }

        var (line, position) = _reader.Locate(mark);
        return (Math.Max(1, line), Math.Max(1, position));
    }

    /// <summary>An error at the token at <paramref name="mark"/>, whose path is <paramref name="path"/>.</summary>
    private FlexJsonException ErrorAt(string problem, string path, long mark)
    {
        var (line, position) = LineAndPosition(mark);
        return new FlexJsonException(problem, path, line, position);
    }

    /// <summary>
    /// A path whose property names are cut to <see cref="FlexLimits.ExcerptLength"/>: an unknown property's
    /// name is the last part of the path, and nothing bounds its length but the document's size.
    /// </summary>
    internal static string BoundedPath(string path)
    {
        if (path.Length <= FlexLimits.ExcerptLength)
        {
            return path;
        }

        // Newtonsoft writes a name as .name, or as ['name'] (with \' inside) when it holds a special character.
        var builder = new System.Text.StringBuilder(FlexLimits.ExcerptLength * 2);
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = i + 2;
                while (end < path.Length && !(path[end] == '\'' && path[end - 1] != '\\' && end + 1 < path.Length && path[end + 1] == ']'))
                {
                    end++;
                }

                builder.Append("['").Append(FlexLimits.Excerpt(path[(i + 2)..Math.Min(end, path.Length)])).Append("']");
                i = end + 2;
            }
            else if (path[i] is '[' or '.')
            {
                builder.Append(path[i++]);
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                builder.Append(FlexLimits.Excerpt(path[i..end]));
                i = end;
            }
        }

        return builder.ToString();
    }

    private bool TryNext() => _reader.Read();

    private void Next(string expected)
    {
        if (!TryNext())
        {
            Fail(EndsTooEarly(expected));
        }
    }

    private static string EndsTooEarly(string expected) => $"The JSON ends too early: expected {expected}.";

    /// <summary>Moves to the value of the property <paramref name="name"/>; the message is only spelt when the JSON ends.</summary>
    private void NextValue(string name)
    {
        if (!TryNext())
        {
            Fail(EndsTooEarly($"a value for '{FlexLimits.Excerpt(name)}'"));
        }
    }


    /// <summary>Checks that the current token starts <paramref name="what"/>; false for a JSON null.</summary>
    private bool BeginObject(string what)
    {
        switch (_reader.TokenType)
        {
            case JsonToken.StartObject:
                _objects.Add((_names.Count, what));
                return true;
            case JsonToken.Null:
                return false;
            default:
                Fail($"Expected {what} (a JSON object), but found {Describe(_reader.TokenType)}.");
                return false;
        }
    }

    /// <summary>
    /// Moves to the next property's name, and tells its number among the wire's words (<paramref name="word"/>, -1 for
    /// none); false at the end of the object. A name given twice is for the caller to refuse.
    /// </summary>
    private bool NextName(out string name, out int word)
    {
        Next("a property name or '}'");
        if (_reader.TokenType == JsonToken.EndObject)
        {
            var start = _objects[^1].Start;
            _names.RemoveRange(start, _names.Count - start);
            _objects.RemoveAt(_objects.Count - 1);
            (name, word) = (string.Empty, -1);
            return false;
        }

        name = _reader.PropertyName(out word);
        return true;
    }

    /// <summary>
    /// For each of the wire's words (<see cref="Utf8Tokens.NumberOf"/>), its index in <paramref name="names"/>, or -1:
    /// a node's property switch finds a name by its number, without hashing its text again.
    /// </summary>
    private static sbyte[] IndexByWord(string[] names)
    {
        var indexes = new sbyte[Utf8Tokens.WordCount];
        Array.Fill(indexes, (sbyte)-1);
        for (var i = 0; i < names.Length; i++)
        {
            var word = Utf8Tokens.NumberOf(names[i]);
            if (word < 0)
            {
                throw new InvalidOperationException($"The property name '{names[i]}' is not among the wire's words (Utf8Tokens.WireWords), which number every property of the schema.");
            }

            indexes[word] = checked((sbyte)i);
        }

        return indexes;
    }

    /// <summary>The index of the word numbered <paramref name="word"/> in <paramref name="indexes"/>' names, or -1.</summary>
    private static int IndexOf(sbyte[] indexes, int word) => word < 0 ? -1 : indexes[word];

    /// <summary>
    /// Moves to the next property's value, refusing a name given twice, and tells the name's number among the wire's
    /// words (<paramref name="word"/>, -1 for none); false at the end of the object.
    /// </summary>
    private bool NextProperty(out string name, out int word)
    {
        if (!NextName(out name, out word))
        {
            return false;
        }

        var mark = _reader.Mark;
        var names = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_names)[_objects[^1].Start..];
        for (var i = 0; i < names.Length; i++)
        {
            // Every reading numbers a name by its text (an escaped one once unescaped), so two of the wire's words
            // are told apart by their numbers alone; names that are none of them (-1) by their text.
            if (names[i].Word == word && (word >= 0 || names[i].Name == name))
            {
                Twice(name, names[i].Mark);
            }
        }

        _names.Add((name, mark, word));
        NextValue(name);
        return true;
    }

    /// <summary>Fails at the property name the reader stands at, given before at <paramref name="first"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Twice(string name, long first)
    {
        // A second value would silently replace the first: "to" given twice sends to the second number.
        var (firstLine, firstPosition) = _reader.Locate(first);
        var (line, position) = _reader.Locate(_reader.Mark);
        Fail(
            $"The property '{FlexLimits.Excerpt(name)}' appears twice in {_objects[^1].What}: first at line {firstLine}, position {firstPosition}, "
            + $"and again at line {line}, position {position}. Keep one.");
    }

    /// <summary>
    /// Reads an array of objects onto <see cref="_items"/>, each read by <paramref name="readItem"/>, and takes them off
    /// as the list; <paramref name="noun"/> is what one is called ("a message").
    /// </summary>
    private ValueList<T>? ReadList<T>(string noun, Func<FlexJsonReader, T?> readItem)
        where T : class
    {
        if (!BeginArray(items: null, noun))
        {
            return null;
        }

        var start = _items.Count;
        while (NextItem(noun, JsonToken.StartObject))
        {
            _items.Add(readItem(this)!);
        }

        var count = _items.Count - start;
        if (count == 0)
        {
            return ValueList<T>.Empty;
        }

        var list = new T[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = (T)_items[start + i];
        }

        _items.RemoveRange(start, count);
        return new ValueList<T>(list);
    }

    /// <summary>Reads an array of enum words (<c>["MONDAY","FRIDAY"]</c>).</summary>
    private ValueList<T>? ReadWords<T>()
        where T : struct, Enum =>
        ReadArray("words", $"one of {WireEnum<T>.Expected}", JsonToken.String, static r => r.Word<T>(r._reader.String())) is { } words
            ? ValueList.From(words)
            : null;

    /// <summary>
    /// Reads an array whose items all start with <paramref name="token"/>, each read by <paramref name="readItem"/>;
    /// null for a JSON null. <paramref name="items"/> and <paramref name="item"/> name them in errors.
    /// </summary>
    private List<T>? ReadArray<T>(string? items, string item, JsonToken token, Func<FlexJsonReader, T> readItem)
    {
        if (!BeginArray(items, item))
        {
            return null;
        }

        var list = new List<T>();
        while (NextItem(item, token))
        {
            list.Add(readItem(this));
        }

        return list;
    }

    /// <summary>
    /// Checks that the current token starts an array of <paramref name="items"/> (by default <paramref name="item"/>
    /// without its article, and an s); false for a JSON null.
    /// </summary>
    private bool BeginArray(string? items, string item)
    {
        switch (_reader.TokenType)
        {
            case JsonToken.StartArray:
                return true;
            case JsonToken.Null:
                return false;
            default:
                Fail($"Expected an array of {items ?? WithoutArticle(item) + "s"}, but found {Describe(_reader.TokenType)}.");
                return false;
        }
    }

    /// <summary>Moves to the next item, which must start with <paramref name="token"/>; false at the end of the array.</summary>
    private bool NextItem(string item, JsonToken token)
    {
        if (!TryNext())
        {
            Fail(EndsTooEarly($"{item} or the end of the array"));
        }

        if (_reader.TokenType == JsonToken.EndArray)
        {
            return false;
        }

        if (_reader.TokenType != token)
        {
            Fail($"Expected {item}{(token == JsonToken.StartObject ? " (a JSON object)" : string.Empty)}, but found {Describe(_reader.TokenType)}.");
        }

        return true;
    }

    /// <summary>Reads a typed value as written, unchecked: the validator reports a malformed one at its path.</summary>
    private T? ReadRaw<T>()
        where T : struct, IFlexValue<T> =>
        Raw<T>(ReadString());

    private static T? Raw<T>(string? text)
        where T : struct, IFlexValue<T> =>
        text is null ? null : T.Raw(text);

    private string? ReadString() => IsScalar(JsonToken.String, "a string") ? _reader.String() : null;

    private int? ReadInt()
    {
        switch (_reader.TokenType)
        {
            case JsonToken.Integer:
                if (_reader.TryGetInt32(out var value))
                {
                    return value;
                }

                Fail($"The number {FlexLimits.Excerpt(_reader.NumberText())} is too large: expected a whole number that fits in 32 bits.");
                return null;
            case JsonToken.Null:
                return null;
            case JsonToken.Float:
                Fail("Expected a whole number, but found a number with a fraction or an exponent.");
                return null;
            default:
                Fail($"Expected a whole number, but found {Describe(_reader.TokenType)}.");
                return null;
        }
    }

    private bool? ReadBool() => IsScalar(JsonToken.Boolean, "true or false") ? _reader.Boolean() : null;

    /// <summary>
    /// Whether the current token is of the <paramref name="expected"/> type (false for a JSON null); any other token
    /// fails, saying what was expected (<paramref name="expectation"/>) and what was found.
    /// </summary>
    private bool IsScalar(JsonToken expected, string expectation)
    {
        var token = _reader.TokenType;
        if (token == expected)
        {
            return true;
        }

        if (token != JsonToken.Null)
        {
            Fail($"Expected {expectation}, but found {Describe(token)}.");
        }

        return false;
    }

    private T? ReadEnum<T>()
        where T : struct, Enum
    {
        var word = ReadString();
        return word is null ? null : Word<T>(word);
    }

    private T Word<T>(string word)
        where T : struct, Enum
    {
        if (!WireEnum<T>.TryParse(word, out var value))
        {
            Fail($"\"{FlexLimits.Excerpt(word)}\" is not a valid {typeof(T).Name}. Expected one of {WireEnum<T>.Expected}.");
        }

        return value;
    }

    private void ReadFixedType(string expected, string what)
    {
        var type = ReadString();
        if (type is not null && type != expected)
        {
            Fail($"\"{FlexLimits.Excerpt(type)}\" is not the type of {what}: its only type is {expected}.");
        }
    }

    private void UnknownProperty(string name, string what, string[] expected)
    {
        var closest = Closest(name, expected);
        var suggestion = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        Fail($"Unknown property '{FlexLimits.Excerpt(name)}' in {what}.{suggestion} Expected one of: {string.Join(", ", expected)}.");
    }

    /// <summary>The legal name a misspelt <paramref name="name"/> most likely meant: a different case, or at most two edits away.</summary>
    private static string? Closest(string name, string[] names)
    {
        if (name.Length > FlexLimits.ExcerptLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in names)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>The Levenshtein distance between two short names.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    private FlexJsonException Error(string problem)
    {
        var (path, line, position) = Here();
        return new FlexJsonException(problem, path, line, position);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string problem) => throw Error(problem);

    /// <summary>"message" for "a message".</summary>
    private static string WithoutArticle(string noun) =>
        noun.StartsWith("a ", StringComparison.Ordinal) ? noun[2..] : noun.StartsWith("an ", StringComparison.Ordinal) ? noun[3..] : noun;

    private static string JoinPath(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.Integer or JsonToken.Float => "a number",
        JsonToken.String => "a string",
        JsonToken.Boolean => "true or false",
        JsonToken.Null => "null",
        JsonToken.EndObject => "the end of an object",
        JsonToken.EndArray => "the end of an array",
        JsonToken.PropertyName => "a property name",
        JsonToken.None => "the end of input",
        JsonToken.Comment => "a comment, which is not JSON",
        JsonToken.Undefined => "undefined, which is not JSON",
        JsonToken.StartConstructor or JsonToken.EndConstructor => "a constructor call, which is not JSON",
        JsonToken.Date => "a date",
        JsonToken.Bytes => "binary data",
        _ => "a value that is not JSON",
    };
}
