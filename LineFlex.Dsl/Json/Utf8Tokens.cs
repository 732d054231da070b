using System.Buffers;
using System.Buffers.Text;
using System.Numerics;
using System.Text;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// The tokens of a UTF-8 document, noted by <see cref="StrictJson"/> in the same pass that holds it to RFC 8259: each
/// token's kind and where its bytes stand. The model reader then reads them without reading the bytes again but for
/// the strings it keeps.
/// </summary>
/// <remarks>
/// A mark is a token's index. Its line, position (in characters) and path are spelt only for an error, by reading the
/// document up to that token with Newtonsoft's reader, so they are the ones the model reader has always reported.
/// The wire's property names and keywords are not allocated again for every document: the common ones come from one
/// table.
/// </remarks>
internal sealed class Utf8Tokens : JsonTokens
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>Escaped texts up to this many bytes are unescaped on the stack.</summary>
    private const int StackChars = 256;

    private static readonly WordTable Words = new(WireWords());

    /// <summary>The tokens of the last document read on this thread, kept for the next one.</summary>
    [ThreadStatic]
    private static Utf8Tokens? s_free;

    private byte[] _bytes = [];
    private int _start;
    private int _length;

    /// <summary>Whether <see cref="_bytes"/> was rented from <see cref="ArrayPool{T}.Shared"/> and goes back with these tokens.</summary>
    private bool _rented;

    private Token[] _tokens = [];
    private int _count;
    private int _index;

    /// <summary>The arrays and objects open after the current token.</summary>
    private int _open;

    private Utf8Tokens()
    {
    }

    private ReadOnlySpan<byte> Document => _bytes.AsSpan(_start, _length);

    /// <summary>
    /// Tokens for the <paramref name="length"/> bytes of <paramref name="bytes"/> from <paramref name="start"/>, to be
    /// added by <see cref="Add"/>; when <paramref name="rented"/>, the bytes go back to the shared pool with <see cref="Return"/>.
    /// </summary>
    public static Utf8Tokens Rent(byte[] bytes, int start, int length, bool rented)
    {
        var tokens = s_free ?? new Utf8Tokens();
        s_free = null;
        (tokens._bytes, tokens._start, tokens._length, tokens._rented) = (bytes, start, length, rented);
        // Even a document of small numbers takes two bytes a token ("1,"); most take more.
        tokens._tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, length / 6));
        (tokens._count, tokens._index, tokens._open) = (0, -1, 0);
        (tokens.TokenType, tokens.Depth) = (JsonToken.None, 0);
        return tokens;
    }

    /// <summary>Gives the bytes (if rented) and the tokens back, and keeps this object for the next document on the same thread.</summary>
    public void Return()
    {
        ArrayPool<Token>.Shared.Return(_tokens);
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        (_bytes, _tokens, _rented, _count) = ([], [], false, 0);
        s_free = this;
    }

    /// <summary>Notes a token: its kind, where its value's bytes start in the document and how many there are.</summary>
    public void Add(JsonToken kind, int start, int length, bool escaped)
    {
        if (_count == _tokens.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_count * 2);
            _tokens.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = larger;
        }

        _tokens[_count++] = new Token(kind, escaped, start, length);
    }

    public override bool HasLineInfo => true;

    public override long Mark => _index;

    public override string? PathNow => null;

    public override bool Read()
    {
        if (TokenType is JsonToken.StartObject or JsonToken.StartArray)
        {
            _open++;
        }

        if (_index + 1 >= _count)
        {
            _index = _count;
            (TokenType, Depth) = (JsonToken.None, _open);
            return false;
        }

        var kind = _tokens[++_index].Kind;
        if (kind is JsonToken.EndObject or JsonToken.EndArray)
        {
            _open--;
        }

        (TokenType, Depth) = (kind, _open);
        return true;
    }

    public override string String() => PropertyName(out _);

    public override string PropertyName(out int word)
    {
        var token = _tokens[_index];
        var bytes = Document.Slice(token.Start, token.Length);
        if (token.Escaped)
        {
            var name = Unescape(bytes);
            word = NumberOf(name);
            return name;
        }

        return Words.Find(bytes, out word) ?? Encoding.UTF8.GetString(bytes);
    }

    /// <summary>How many words <see cref="NumberOf"/> numbers.</summary>
    public static int WordCount => Words.Count;

    /// <summary>The number of <paramref name="word"/> among the wire's words (<see cref="WireWords"/>), or -1.</summary>
    public static int NumberOf(string word) => Words.NumberOf(word);

    public override bool Boolean() => _tokens[_index].Kind == JsonToken.Boolean && Document[_tokens[_index].Start] == (byte)'t';

    public override bool TryGetInt32(out int value)
    {
        var digits = Current;
        return Utf8Parser.TryParse(digits, out value, out var consumed) && consumed == digits.Length;
    }

    public override string NumberText() => Encoding.UTF8.GetString(Current);

    public override (int Line, int Position) Locate(long mark)
    {
        var (line, position, _) = Replay(mark);
        return (line, position);
    }

    public override string PathAt(long mark) => Replay(mark).Path;

    private ReadOnlySpan<byte> Current => Document.Slice(_tokens[_index].Start, _tokens[_index].Length);

    /// <summary>Reads the document with Newtonsoft's reader up to the token at <paramref name="mark"/>, where it tells its line, position and path.</summary>
    private (int Line, int Position, string Path) Replay(long mark)
    {
        using var reader = FlexJson.CreateReader(new Utf8TextReader(_bytes.AsMemory(_start, _length)));
        reader.FloatParseHandling = FloatParseHandling.Double;
        for (var i = 0L; i <= mark && reader.Read(); i++)
        {
        }

        return (reader.LineNumber, reader.LinePosition, reader.Path);
    }

    /// <summary>
    /// The text of a string with escapes. Its syntax was checked, and an escaped UTF-16 code unit is kept as it is, a
    /// lone surrogate included, as Newtonsoft's reader keeps it (the text never holds more characters than bytes).
    /// </summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        char[]? rented = null;
        var chars = escaped.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
        try
        {
            var count = 0;
            while (true)
            {
                var slash = escaped.IndexOf((byte)'\\');
                count += Encoding.UTF8.GetChars(slash < 0 ? escaped : escaped[..slash], chars[count..]);
                if (slash < 0)
                {
                    return new string(chars[..count]);
                }

                var letter = escaped[slash + 1];
                if (letter == (byte)'u')
                {
                    var unit = Unit(escaped, slash);
                    escaped = escaped[(slash + 6)..];
                    if (char.IsLowSurrogate(unit))
                    {
                        unit = ReplacementCharacter;
                    }

                    // A high surrogate keeps its place only before an escaped low one; each that does not becomes
                    // U+FFFD, as Newtonsoft's reader reads it.
                    while (char.IsHighSurrogate(unit))
                    {
                        if (!escaped.StartsWith(@"\u"u8))
                        {
                            unit = ReplacementCharacter;
                            break;
                        }

                        var next = Unit(escaped, 0);
                        escaped = escaped[6..];
                        chars[count++] = char.IsLowSurrogate(next) ? unit : ReplacementCharacter;
                        unit = next;
                        if (char.IsLowSurrogate(next))
                        {
                            break;
                        }
                    }

                    chars[count++] = unit;
                }
                else
                {
                    chars[count++] = letter switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        _ => (char)letter, // \" \\ \/
                    };
                    escaped = escaped[(slash + 2)..];
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The UTF-16 code unit of the <c>\uXXXX</c> escape at <paramref name="at"/>.</summary>
    private static char Unit(ReadOnlySpan<byte> escaped, int at)
    {
        Utf8Parser.TryParse(escaped.Slice(at + 2, 4), out ushort unit, out _, 'X');
        return (char)unit;
    }

    /// <summary>The wire's property names, types and keywords: the texts most documents repeat.</summary>
    internal static IEnumerable<string> WireWords()
    {
        yield return FlexSchema.TypeProperty;
        foreach (var node in FlexSchema.Nodes)
        {
            if (node.WireType is { } type)
            {
                yield return type;
            }

            foreach (var property in node.Properties)
            {
                yield return property.WireName;
                foreach (var keyword in property.Keywords)
                {
                    yield return keyword;
                }
            }
        }
    }

    /// <summary>
    /// Words found by their UTF-8 bytes without decoding them: an open-addressed table hashed on the length and three
    /// of the bytes, each slot compared in full. Each word has a number of its own.
    /// </summary>
    private sealed class WordTable
    {
        private readonly byte[][] _bytes;
        private readonly string?[] _words;
        private readonly int[] _numbers;
        private readonly int _mask;
        private readonly int _longest;
        private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);

        public WordTable(IEnumerable<string> words)
        {
            var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)distinct.Length * 4);
            (_bytes, _words, _numbers, _mask) = (new byte[size][], new string?[size], new int[size], size - 1);
            for (var number = 0; number < distinct.Length; number++)
            {
                var word = distinct[number];
                var bytes = Encoding.UTF8.GetBytes(word);
                var slot = Hash(bytes) & _mask;
                while (_words[slot] is not null)
                {
                    slot = (slot + 1) & _mask;
                }

                (_bytes[slot], _words[slot], _numbers[slot], _longest) = (bytes, word, number, Math.Max(_longest, bytes.Length));
                _byText.Add(word, number);
            }
        }

        /// <summary>How many words the table holds, numbered from 0.</summary>
        public int Count => _byText.Count;

        /// <summary>The number of <paramref name="word"/>, or -1.</summary>
        public int NumberOf(string word) => _byText.TryGetValue(word, out var number) ? number : -1;

        /// <summary>The word spelt by <paramref name="utf8"/> and its <paramref name="number"/>; null and -1 when it is none.</summary>
        public string? Find(ReadOnlySpan<byte> utf8, out int number)
        {
            number = -1;
            if (utf8.IsEmpty || utf8.Length > _longest)
            {
                return null;
            }

            for (var slot = Hash(utf8) & _mask; _words[slot] is { } word; slot = (slot + 1) & _mask)
            {
                if (utf8.SequenceEqual(_bytes[slot]))
                {
                    number = _numbers[slot];
                    return word;
                }
            }

            return null;
        }

        private static int Hash(ReadOnlySpan<byte> utf8) =>
            (utf8.Length * 31) ^ (utf8[0] * 7) ^ (utf8[^1] * 131) ^ (utf8[utf8.Length / 2] * 1031);
    }

    /// <summary>A token: its kind, and where its value's bytes stand (a string's without its quotes).</summary>
    internal readonly record struct Token(JsonToken Kind, bool Escaped, int Start, int Length);
}
