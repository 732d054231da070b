using System.Globalization;
using System.Text.Unicode;

namespace LineFlex;

/// <summary>Where <see cref="CompactJsonWriter{TSink}"/> puts what it writes: text or UTF-8 bytes.</summary>
internal interface IJsonSink
{
    /// <summary>Writes a character of the JSON's structure: plain ASCII.</summary>
    void Write(char c);

    /// <summary>Writes text, any of it (in UTF-8, a lone surrogate becomes U+FFFD, as an encoder writing the text would).</summary>
    void Write(ReadOnlySpan<char> text);

    /// <summary>Writes plain ASCII: a literal, an escape.</summary>
    void WriteWord(string word);

    /// <summary>Writes plain ASCII between quotes.</summary>
    void WriteQuotedWord(string word);

    /// <summary>Writes a member's plain ASCII name, quoted, with its colon, and a comma before it when <paramref name="comma"/>.</summary>
    void WriteName(string name, bool comma);

    /// <summary>Writes an integer's digits.</summary>
    void WriteNumber(int value);

    /// <summary>
    /// Writes <paramref name="value"/> between quotes as it is, when it holds nothing to escape (and, in UTF-8, nothing
    /// but ASCII), and returns true; returns false, having written nothing, otherwise.
    /// </summary>
    bool TryWritePlainString(string value);
}

/// <summary>Writes the JSON as text into a <see cref="PooledTextWriter"/>.</summary>
internal readonly struct TextSink(PooledTextWriter text) : IJsonSink
{
    public void Write(char c) => text.Write(c);

    public void Write(ReadOnlySpan<char> value) => text.Write(value);

    public void WriteWord(string word) => text.Write(word.AsSpan());

    public void WriteQuotedWord(string word)
    {
        text.Write('"');
        text.Write(word.AsSpan());
        text.Write('"');
    }

    public void WriteName(string name, bool comma)
    {
        if (comma)
        {
            text.Write(',');
        }

        WriteQuotedWord(name);
        text.Write(':');
    }

    public void WriteNumber(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        text.Write(digits[..written]);
    }

    public bool TryWritePlainString(string value)
    {
        if (value.AsSpan().ContainsAny(CompactJsonWriter.Escaped))
        {
            return false;
        }

        WriteQuotedWord(value);
        return true;
    }
}

/// <summary>Writes the JSON as UTF-8 bytes into a <see cref="PooledUtf8Buffer"/>, encoding text as it goes.</summary>
internal readonly struct Utf8Sink(PooledUtf8Buffer utf8) : IJsonSink
{
    /// <summary>How many characters of text are encoded at a time: room for them is asked for at once.</summary>
    private const int Slice = 4096;

    /// <summary>The buffer the bytes go into.</summary>
    public PooledUtf8Buffer Buffer => utf8;

    public void Write(char c) => utf8.Write((byte)c);

    public void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var room = utf8.Room(Math.Min(text.Length, Slice) * 3);
            Utf8.FromUtf16(text, room, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            utf8.Advance(written);
            text = text[read..];
        }
    }

    public void WriteWord(string word)
    {
        var room = utf8.Room(word.Length);
        Ascii(word, room);
        utf8.Advance(word.Length);
    }

    public void WriteQuotedWord(string word)
    {
        var room = utf8.Room(word.Length + 2);
        room[0] = (byte)'"';
        Ascii(word, room[1..]);
        room[word.Length + 1] = (byte)'"';
        utf8.Advance(word.Length + 2);
    }

    public void WriteName(string name, bool comma)
    {
        var room = utf8.Room(name.Length + 4);
        var at = 0;
        if (comma)
        {
            room[at++] = (byte)',';
        }

        room[at++] = (byte)'"';
        Ascii(name, room[at..]);
        at += name.Length;
        room[at++] = (byte)'"';
        room[at++] = (byte)':';
        utf8.Advance(at);
    }

    public void WriteNumber(int value)
    {
        value.TryFormat(utf8.Room(11), out var written, provider: CultureInfo.InvariantCulture);
        utf8.Advance(written);
    }

    /// <summary>
    /// The longest string tried as plain ASCII, character by character, which for the short texts of a bubble is
    /// quicker than searching for characters to escape and then encoding; a longer one takes that way at once.
    /// </summary>
    private const int PlainLength = 64;

    public bool TryWritePlainString(string value)
    {
        if (value.Length > PlainLength)
        {
            return false;
        }

        var room = utf8.Room(value.Length + 2);
        room[0] = (byte)'"';
        var text = room.Slice(1, value.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // Printable ASCII but the quote and the backslash: a control character, U+0085, U+2028 and U+2029 are
            // escaped, and anything beyond ASCII is more than one byte. Nothing is counted as written until the end.
            var c = value[i];
            if ((uint)(c - 0x20) >= 0x60 || c == '"' || c == '\\')
            {
                return false;
            }

            text[i] = (byte)c;
        }

        room[value.Length + 1] = (byte)'"';
        utf8.Advance(value.Length + 2);
        return true;
    }

    /// <summary>Plain ASCII, one byte a character.</summary>
    private static void Ascii(string word, Span<byte> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            destination[i] = (byte)word[i];
        }
    }
}
