namespace LineFlex;

/// <summary>
/// The tokens the wire writer writes for a node, kept as they come with the model's own values (its strings, its
/// integers) instead of as bytes: what a check that only reads the message's JSON needs, without writing the JSON
/// and reading it again. The generated writer (<see cref="FlexJsonWriter"/>) fills it, so the tokens are those of the
/// wire JSON, in its order; each object and array knows where it ends, so a reader skips one in a step.
/// </summary>
/// <remarks>
/// A thread keeps one (<see cref="Rent"/>, <see cref="Return"/>), so a check allocates nothing for its tokens once warm;
/// it holds no value of a message once returned.
/// </remarks>
internal sealed class WireTokens : CompactJsonWriter
{
    [ThreadStatic]
    private static WireTokens? s_free;

    // A rare large message's tokens are not kept for the thread's life.
    private const int KeptTokens = 16 * 1024;

    private (WireToken Kind, string? Text, int Value)[] _tokens = new (WireToken, string?, int)[256];
    private int _count;

    /// <summary>The open objects and arrays, innermost last: where each starts.</summary>
    private int[] _open = new int[16];
    private int _depth;

    /// <summary>This thread's free tokens, or new ones.</summary>
    public static WireTokens Rent()
    {
        var tokens = s_free ?? new WireTokens();
        s_free = null;
        return tokens;
    }

    /// <summary>Gives <paramref name="tokens"/> back for the next check on this thread, holding no value of the message.</summary>
    public static void Return(WireTokens tokens)
    {
        Array.Clear(tokens._tokens, 0, tokens._count);
        tokens._count = 0;
        tokens._depth = 0;
        if (tokens._tokens.Length <= KeptTokens)
        {
            s_free = tokens;
        }
    }

    /// <summary>
    /// Writes <paramref name="node"/>'s tokens, the first at 0; false when the writer cannot write it (a null list item,
    /// a box nested too deep), which <see cref="FlexJson"/> then reports with the path.
    /// </summary>
    public bool TryWrite(object node)
    {
        _count = 0;
        _depth = 0;
        try
        {
            FlexJsonWriter.WriteNode(this, node);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>What the token at <paramref name="at"/> is.</summary>
    public WireToken Kind(int at) => _tokens[at].Kind;

    /// <summary>The string or property name at <paramref name="at"/>, as the model holds it.</summary>
    public string Text(int at) => _tokens[at].Text!;

    /// <summary>The integer at <paramref name="at"/>.</summary>
    public int Number(int at) => _tokens[at].Value;

    /// <summary>Where the value after the one starting at <paramref name="at"/> would start: past its end.</summary>
    public int After(int at) => _tokens[at].Kind is WireToken.StartObject or WireToken.StartArray ? _tokens[at].Value + 1 : at + 1;

    /// <summary>Whether the object at <paramref name="obj"/> has a property <paramref name="name"/>, and where its value starts.</summary>
    public bool TryGetProperty(int obj, string name, out int value)
    {
        for (var at = obj + 1; _tokens[at].Kind == WireToken.Name; at = After(at + 1))
        {
            if (string.Equals(_tokens[at].Text, name, StringComparison.Ordinal))
            {
                value = at + 1;
                return true;
            }
        }

        value = -1;
        return false;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> on are <paramref name="expected"/>, each of the same kind and value;
    /// an expected string without a text is a slot, whose value <paramref name="slots"/> (at the index it holds) accepts.
    /// </summary>
    public bool Matches(int at, ReadOnlySpan<(WireToken Kind, string? Text, int Value)> expected, CompiledShape[] slots)
    {
        if (at + expected.Length > _count)
        {
            return false;
        }

        var actual = _tokens.AsSpan(at, expected.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            var (kind, text, value) = actual[k];
            if (kind != expected[k].Kind
                || (kind == WireToken.Number && value != expected[k].Value)
                || (kind is WireToken.Name or WireToken.String && !string.Equals(text, expected[k].Text, StringComparison.Ordinal)
                    && !(expected[k].Text is null && slots[expected[k].Value].Accepts(this, at + k))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many values the array at <paramref name="array"/> holds.</summary>
    public int Count(int array)
    {
        var count = 0;
        for (var at = array + 1; _tokens[at].Kind != WireToken.EndArray; at = After(at))
        {
            count++;
        }

        return count;
    }

    public override void WriteStartObject() => Open(WireToken.StartObject);

    public override void WriteEndObject() => Close(WireToken.EndObject);

    public override void WriteStartArray() => Open(WireToken.StartArray);

    public override void WriteEndArray() => Close(WireToken.EndArray);

    public override void WritePropertyName(string name) => Add(WireToken.Name, name, 0);

    public override void WritePropertyName(string name, bool escape) => Add(WireToken.Name, name, 0);

    public override void WriteMember(string name, string value)
    {
        Add(WireToken.Name, name, 0);
        Add(WireToken.String, value, 0);
    }

    public override void WriteWordMember(string name, string word) => WriteMember(name, word);

    public override void WriteMember(string name, int value)
    {
        Add(WireToken.Name, name, 0);
        Add(WireToken.Number, null, value);
    }

    public override void WriteMember(string name, bool value)
    {
        Add(WireToken.Name, name, 0);
        Add(value ? WireToken.True : WireToken.False, null, 0);
    }

    public override void WriteValue(string? value) => Add(value is null ? WireToken.Null : WireToken.String, value, 0);

    public override void WriteValue(int value) => Add(WireToken.Number, null, value);

    public override void WriteValue(bool value) => Add(value ? WireToken.True : WireToken.False, null, 0);

    public override void WriteNull() => Add(WireToken.Null, null, 0);

    public override void Flush()
    {
    }

    private void Open(WireToken kind)
    {
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _depth * 2);
        }

        _open[_depth++] = _count;
        Add(kind, null, 0);
    }

    private void Close(WireToken kind)
    {
        var start = _open[--_depth];
        _tokens[start].Value = _count;
        Add(kind, null, 0);
    }

    private void Add(WireToken kind, string? text, int value)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _count * 2);
        }

        _tokens[_count++] = (kind, text, value);
    }
}
