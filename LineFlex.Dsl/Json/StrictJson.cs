using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace LineFlex;

/// <summary>
/// Holds a document to RFC 8259 before the model reader sees it, since Newtonsoft's reader is lenient (it reads
/// <c>010</c> as 8, <c>0x10</c> as 16, and takes comments, single quotes, unquoted names and trailing commas).
/// System.Text.Json's reader checks the syntax; this class bounds the size, checks the UTF-8, and turns each
/// violation into a <see cref="FlexJsonException"/> at its line, position and path.
/// </summary>
internal static class StrictJson
{
    /// <summary>
    /// The JSON nesting a request needs for boxes <see cref="FlexLimits.MaxDepth"/> deep (two levels a box, eight
    /// around and below them), with room to spare so that a box one level too deep gets the parser's own message.
    /// </summary>
    public const int MaxJsonDepth = (2 * FlexLimits.MaxDepth) + 16;

    /// <summary>Every number of the model fits in 32 bits; a longer number is refused before anything parses it.</summary>
    private const int MaxNumberLength = 32;

    private const int ObjectFrame = int.MinValue;

    /// <summary>U+FEFF, the byte order mark a document may start with once (Windows editors write it).</summary>
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>A read stops one byte (or character) past the limit: enough to know the document is too large.</summary>
    private const int ReadLimit = FlexLimits.MaxDocumentBytes + 1;

    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Checks JSON text; returns the text to read, without a leading byte order mark.</summary>
    public static string Check(string json)
    {
        var (text, buffer, _) = Encode(json, tokens: false);
        ArrayPool<byte>.Shared.Return(buffer);
        return text;
    }

    /// <summary>Checks JSON text and notes its tokens for the model reader, which gives them back.</summary>
    public static Utf8Tokens Tokenize(string json)
    {
        var (_, buffer, written) = Encode(json, tokens: true);
        return Tokenize(buffer, written, rented: true);
    }

    /// <summary>
    /// Checks <paramref name="json"/> but for its syntax, and encodes it as UTF-8 into a buffer rented from the shared
    /// pool: the text without a leading byte order mark, the buffer and the bytes written. Unless
    /// <paramref name="tokens"/> (the caller reads the syntax with the tokens), the syntax is checked too.
    /// </summary>
    private static (string Text, byte[] Buffer, int Written) Encode(string json, bool tokens)
    {
        if (json.Length > 0 && json[0] == ByteOrderMark)
        {
            json = json[1..];
            if (json.Length > 0 && json[0] == ByteOrderMark)
            {
                throw SecondByteOrderMark();
            }
        }

        if (json.Length > FlexLimits.MaxDocumentBytes)
        {
            throw TooLarge(json.AsSpan(0, FlexLimits.MaxDocumentBytes));
        }

        var byteCount = Encoding.UTF8.GetByteCount(json);
        if (byteCount > FlexLimits.MaxDocumentBytes)
        {
            throw TooLarge(json.AsSpan(0, CharsWithin(json, FlexLimits.MaxDocumentBytes)));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            if (Utf8.FromUtf16(json, buffer, out var charsRead, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw LoneSurrogate(json, charsRead);
            }

            if (!tokens)
            {
                Syntax(buffer.AsSpan(0, written), tokens: null);
            }

            return (json, buffer, written);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// Checks the first <paramref name="count"/> bytes of <paramref name="buffer"/> as UTF-8 JSON and notes their
    /// tokens for the model reader, which gives them back, with the buffer when <paramref name="rented"/> (also when
    /// this fails).
    /// </summary>
    public static Utf8Tokens Tokenize(byte[] buffer, int count, bool rented)
    {
        Utf8Tokens? tokens = null;
        try
        {
            var utf8 = buffer.AsSpan(0, count);
            var start = CheckEncoding(utf8);
            tokens = Utf8Tokens.Rent(buffer, start, count - start, rented);
            Syntax(utf8[start..], tokens);
            return tokens;
        }
        catch
        {
            if (tokens is not null)
            {
                tokens.Return();
            }
            else if (rented)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            throw;
        }
    }

    /// <summary>Refuses a document larger than <see cref="FlexLimits.MaxDocumentBytes"/>, before anything copies it.</summary>
    public static void CheckSize(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > FlexLimits.MaxDocumentBytes)
        {
            throw TooLarge(utf8[..FlexLimits.MaxDocumentBytes]);
        }
    }

    /// <summary>Checks the size and the UTF-8 of a document; returns how many bytes of a leading byte order mark to skip (0 or 3).</summary>
    private static int CheckEncoding(ReadOnlySpan<byte> utf8)
    {
        CheckSize(utf8);

        var start = 0;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            start = 3;
            utf8 = utf8[3..];
            if (utf8.StartsWith("\uFEFF"u8))
            {
                throw SecondByteOrderMark();
            }
        }

        if (!Utf8.IsValid(utf8))
        {
            throw InvalidUtf8(utf8);
        }

        return start;
    }

    /// <summary>
    /// Reads a stream to its end, or fails once it passes <see cref="FlexLimits.MaxDocumentBytes"/>: the bytes, in a
    /// buffer rented from <see cref="ArrayPool{T}.Shared"/> that the caller gives back.
    /// </summary>
    public static (byte[] Buffer, int Count) Read(Stream stream)
    {
        var (buffer, count) = ReadToLimit<byte>(InitialSize(stream), stream.Read);
        if (count == ReadLimit)
        {
            var tooLarge = TooLarge(buffer.AsSpan(0, FlexLimits.MaxDocumentBytes));
            ArrayPool<byte>.Shared.Return(buffer);
            throw tooLarge;
        }

        return (buffer, count);
    }

    /// <summary>Reads text to its end, or fails once it passes <see cref="FlexLimits.MaxDocumentBytes"/> characters; the text is not checked yet.</summary>
    public static string Read(TextReader reader)
    {
        var (buffer, count) = ReadToLimit<char>(4096, reader.Read);
        try
        {
            return count == ReadLimit ? throw TooLarge(buffer.AsSpan(0, FlexLimits.MaxDocumentBytes)) : new string(buffer, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads into a rented buffer (the caller returns it) until the end, or until <see cref="ReadLimit"/> items are in.</summary>
    private static (T[] Buffer, int Count) ReadToLimit<T>(int initialSize, Func<T[], int, int, int> read)
    {
        var buffer = ArrayPool<T>.Shared.Rent(initialSize);
        var count = 0;
        try
        {
            while (count < ReadLimit)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(Math.Min(count * 2, ReadLimit));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer);
                    buffer = larger;
                }

                var added = read(buffer, count, Math.Min(buffer.Length, ReadLimit) - count);
                if (added == 0)
                {
                    break;
                }

                count += added;
            }

            return (buffer, count);
        }
        catch
        {
            ArrayPool<T>.Shared.Return(buffer);
            throw;
        }
    }

    private static int InitialSize(Stream stream)
    {
        try
        {
            // One byte over the length lets the read see the end without growing the buffer.
            return stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, ReadLimit) : 16 * 1024;
        }
        catch (NotSupportedException)
        {
            return 16 * 1024;
        }
    }

    /// <summary>
    /// Reads every token once, noting each in <paramref name="tokens"/> when given. The path, which only a message
    /// needs, is kept in frames on the stack by a second reading, made when checking alone or once the first has found
    /// a fault: it stops at the same fault and reports it.
    /// </summary>
    private static void Syntax(ReadOnlySpan<byte> utf8, Utf8Tokens? tokens)
    {
        if (tokens is not null && Note(utf8, tokens))
        {
            return;
        }

        var frames = new Frames(stackalloc int[MaxJsonDepth + 1], stackalloc int[MaxJsonDepth + 1], stackalloc int[MaxJsonDepth + 1]);
        try
        {
            Walk(utf8, utf8.Length, ref frames);
        }
        catch (JsonException e)
        {
            throw Violation(utf8, e, frames);
        }

        if (tokens is not null)
        {
            throw new System.Diagnostics.UnreachableException("The tokens of a document were refused, but a second reading found no fault in it.");
        }
    }

    /// <summary>Notes every token of a whole document; false at the first fault, which <see cref="Walk"/> then reports.</summary>
    private static bool Note(ReadOnlySpan<byte> utf8, Utf8Tokens tokens)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                {
                    start++;
                }
                else if (reader.TokenType == JsonTokenType.Number && reader.ValueSpan.Length > MaxNumberLength)
                {
                    return false;
                }

                tokens.Add(Kind(ref reader), start, reader.ValueSpan.Length, reader.ValueIsEscaped);
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads the first <paramref name="length"/> bytes, keeping the path in <paramref name="frames"/>; when that is not
    /// the whole document, as a document still arriving.
    /// </summary>
    private static void Walk(ReadOnlySpan<byte> utf8, int length, scoped ref Frames frames)
    {
        var reader = new Utf8JsonReader(utf8[..length], isFinalBlock: length == utf8.Length, new JsonReaderState(Options));
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Depth--;
                    break;
                case JsonTokenType.PropertyName:
                    frames.Name((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Open(isObject: reader.TokenType == JsonTokenType.StartObject);
                    break;
                case JsonTokenType.Number when reader.ValueSpan.Length > MaxNumberLength:
                    frames.Value();
                    throw Error(
                        utf8,
                        (int)reader.TokenStartIndex,
                        frames,
                        $"The number {FlexLimits.Excerpt(Encoding.UTF8.GetString(reader.ValueSpan))} has {reader.ValueSpan.Length:N0} characters; LineFlex reads whole numbers that fit in 32 bits.");
                default:
                    frames.Value();
                    break;
            }
        }
    }

    /// <summary>The current token in Newtonsoft's words, which the model reader speaks: a number with a point or an exponent is a float.</summary>
    private static Newtonsoft.Json.JsonToken Kind(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => Newtonsoft.Json.JsonToken.StartObject,
        JsonTokenType.EndObject => Newtonsoft.Json.JsonToken.EndObject,
        JsonTokenType.StartArray => Newtonsoft.Json.JsonToken.StartArray,
        JsonTokenType.EndArray => Newtonsoft.Json.JsonToken.EndArray,
        JsonTokenType.PropertyName => Newtonsoft.Json.JsonToken.PropertyName,
        JsonTokenType.String => Newtonsoft.Json.JsonToken.String,
        JsonTokenType.Number => reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 ? Newtonsoft.Json.JsonToken.Integer : Newtonsoft.Json.JsonToken.Float,
        JsonTokenType.True or JsonTokenType.False => Newtonsoft.Json.JsonToken.Boolean,
        _ => Newtonsoft.Json.JsonToken.Null,
    };

    /// <summary>The open arrays and objects: each array's index, each object's current property name.</summary>
    private ref struct Frames(Span<int> index, Span<int> nameAt, Span<int> nameLength)
    {
        private readonly Span<int> _index = index;
        private readonly Span<int> _nameAt = nameAt;
        private readonly Span<int> _nameLength = nameLength;

        public int Depth;

        public readonly bool InObject => Depth > 0 && _index[Depth - 1] == ObjectFrame;

        public void Open(bool isObject)
        {
            Value();
            _index[Depth] = isObject ? ObjectFrame : -1;
            _nameLength[Depth] = -1;
            Depth++;
        }

        public readonly void Name(int at, int length)
        {
            _nameAt[Depth - 1] = at;
            _nameLength[Depth - 1] = length;
        }

        /// <summary>A value starts: in an array it is the next item.</summary>
        public readonly void Value()
        {
            if (Depth > 0 && _index[Depth - 1] != ObjectFrame)
            {
                _index[Depth - 1]++;
            }
        }

        public readonly string Path(ReadOnlySpan<byte> utf8)
        {
            var path = new StringBuilder();
            for (var i = 0; i < Depth; i++)
            {
                if (_index[i] != ObjectFrame)
                {
                    if (_index[i] >= 0)
                    {
                        path.Append('[').Append(_index[i]).Append(']');
                    }
                }
                else if (_nameLength[i] >= 0)
                {
                    var name = FlexLimits.Excerpt(Encoding.UTF8.GetString(utf8.Slice(_nameAt[i], _nameLength[i])));
                    var plain = name.Length > 0 && name.AsSpan().IndexOfAny(" .[]'\"\\") < 0;
                    _ = plain ? path.Append(path.Length == 0 ? string.Empty : ".").Append(name) : path.Append("['").Append(name).Append("']");
                }
            }

            return path.ToString();
        }
    }

    private static FlexJsonException Violation(ReadOnlySpan<byte> utf8, JsonException e, Frames frames)
    {
        var (problem, at) = Describe(utf8, Offset(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0), frames, e.Message);
        return Error(utf8, at, frames, problem);
    }

    /// <summary>
    /// What is wrong where the reader stopped (<paramref name="at"/>), in words that say what JSON expects instead,
    /// and where the mistake starts (the start of a number, the comma before a closing bracket).
    /// </summary>
    private static (string Problem, int At) Describe(ReadOnlySpan<byte> utf8, int at, Frames frames, string readerMessage)
    {
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ("The document is empty: expected a JSON object.", 0);
        }

        if (at >= utf8.Length)
        {
            return ("The JSON ends too early, at the end of input: close every string, array and object that is open.", utf8.Length);
        }

        var rest = utf8[at..];
        var c = utf8[at];
        var before = utf8[..at].TrimEnd(" \t\r\n"u8);
        var previous = before.IsEmpty ? -1 : before[^1];
        if (frames.Depth == MaxJsonDepth && c is (byte)'{' or (byte)'[')
        {
            return ($"The JSON nests deeper than {MaxJsonDepth} arrays and objects, more than any LINE message needs: boxes nest at most {FlexLimits.MaxDepth} deep (FlexLimits.MaxDepth).", at);
        }

        if (at > 0 && utf8[at - 1] == '\\')
        {
            return ("A string holds an escape JSON does not know. Use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hexadecimal digits.", at - 1);
        }

        if (c == '/')
        {
            return ("Comments are not JSON; remove the comment.", at);
        }

        if (c == '\'')
        {
            return ("Single quotes are not JSON; quote strings and property names with double quotes (\").", at);
        }

        if (c is (byte)'}' or (byte)']' && previous == ',')
        {
            return ($"A comma before '{(char)c}' is not JSON (a trailing comma); remove the comma.", before.Length - 1);
        }

        if (c is (byte)'x' or (byte)'X' && at > 0 && utf8[at - 1] == '0')
        {
            var start = NumberStart(utf8, at - 1);
            return ($"Hexadecimal numbers are not JSON: {Quote(Token(utf8, start))}; write the number in decimal.", start);
        }

        if (c is >= (byte)'0' and <= (byte)'9' && NumberStart(utf8, at) is var first && utf8[first..at].TrimStart("-"u8) is [(byte)'0'])
        {
            return ($"A number in JSON does not start with 0 followed by digits: {Quote(Token(utf8, first))}. JSON has no octal numbers; remove the leading zero.", first);
        }

        if (c == '+')
        {
            return ($"A number in JSON does not start with '+': {Quote(Token(utf8, at))}; remove the '+'.", at);
        }

        if (rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8))
        {
            var minus = previous == '-' && utf8[at - 1] == '-';
            var word = Encoding.UTF8.GetString(rest[..(rest[0] == 'N' ? 3 : 8)]);
            return ($"{(minus ? "-" : string.Empty)}{word} is not a JSON number; LineFlex's numbers are whole numbers.", minus ? at - 1 : at);
        }

        if (frames.Depth == 0 && previous is not -1)
        {
            return ($"Unexpected {Character(rest)} after the end of the JSON value. A document holds one value; remove what follows it.", at);
        }

        if (frames.InObject && previous is '{' or ',')
        {
            return c is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or (byte)'_' or (byte)'$'
                ? ($"Property names are quoted in JSON: write \"{FlexLimits.Excerpt(Token(utf8, at))}\" in double quotes.", at)
                : ($"Expected a property name in double quotes, but found {Character(rest)}.", at);
        }

        if (c is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z')
        {
            return ($"{Quote(Token(utf8, at))} is not a JSON value. Write a string in double quotes, a number, true, false or null.", at);
        }

        if (c < 0x20)
        {
            return ($"The control character U+{c:X4} is not allowed here; inside a string, escape it (\\u{c:X4}).", at);
        }

        // Anything else: the reader's own words, without its location (ours is added) and its advice on reader options.
        var cut = readerMessage.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var words = (cut > 0 ? readerMessage[..cut] : readerMessage).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        return ("Malformed JSON: " + FlexLimits.Excerpt(words), at);
    }

    private static FlexJsonException TooLarge(ReadOnlySpan<byte> firstBytes) =>
        Error(firstBytes, firstBytes.Length, default, TooLargeProblem);

    private static FlexJsonException TooLarge(ReadOnlySpan<char> firstChars)
    {
        var (line, position) = Location(firstChars, firstChars.Length);
        return new FlexJsonException(TooLargeProblem, string.Empty, line, position);
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static int CharsWithin(string text, int bytes)
    {
        var (low, high) = (0, text.Length);
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            (low, high) = Encoding.UTF8.GetByteCount(text.AsSpan(0, middle)) <= bytes ? (middle, high) : (low, middle - 1);
        }

        return low;
    }

    private static string TooLargeProblem =>
        $"The document is larger than {FlexLimits.MaxDocumentBytes:N0} bytes (FlexLimits.MaxDocumentBytes), more than any request LineFlex sends. "
        + "Split it into several requests, or check that the right file is read.";

    /// <summary>A byte order mark after the first: no editor writes two, so the document was joined or converted twice.</summary>
    private static FlexJsonException SecondByteOrderMark() =>
        new(
            "A second byte order mark (U+FEFF) follows the first at the start of the document; a document starts with at most one. Remove it (most editors do not show it: save the file as UTF-8 without a byte order mark).",
            string.Empty,
            1,
            1);

    private static FlexJsonException LoneSurrogate(string json, int at)
    {
        var (line, position) = Location(json, at);
        return new FlexJsonException(
            $"The text holds half of a surrogate pair (U+{(int)json[at]:X4}) with no other half, which UTF-8 cannot encode. Remove it, or write the whole character.",
            string.Empty,
            line,
            position);
    }

    private static FlexJsonException InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        var problem = at == 0 && utf8 is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
            ? "The document is UTF-16 (it starts with a UTF-16 byte order mark); JSON is UTF-8. Save it as UTF-8."
            : $"The byte 0x{utf8[at]:X2} at byte offset {at:N0} is not valid UTF-8; JSON is UTF-8. Save the document as UTF-8.";

        // The path up to the bad byte: read what comes before it as a document still arriving.
        var frames = new Frames(stackalloc int[MaxJsonDepth + 1], stackalloc int[MaxJsonDepth + 1], stackalloc int[MaxJsonDepth + 1]);
        try
        {
            Walk(utf8, at, ref frames);
        }
        catch (JsonException e)
        {
            // Something before the bad byte is wrong too; the first problem is the one to fix first.
            throw Violation(utf8, e, frames);
        }

        return Error(utf8, at, frames, problem);
    }

    private static FlexJsonException Error(ReadOnlySpan<byte> utf8, int at, Frames frames, string problem)
    {
        var (line, position) = Location(utf8, at);
        return new FlexJsonException(problem, frames.Path(utf8), line, position);
    }

    /// <summary>The byte offset of the reader's line and byte position (it counts lines at '\n').</summary>
    private static int Offset(ReadOnlySpan<byte> utf8, long line, long bytePosition)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return (int)Math.Min(start + bytePosition, utf8.Length);
    }

    /// <summary>1-based line and position (in UTF-16 characters, as the model reader counts) of the byte at <paramref name="at"/>.</summary>
    private static (int Line, int Position) Location(ReadOnlySpan<byte> utf8, int at)
    {
        var before = utf8[..at];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static (int Line, int Position) Location(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at];
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, at - lineStart + 1);
    }

    /// <summary>Where the number holding the digit at <paramref name="at"/> starts.</summary>
    private static int NumberStart(ReadOnlySpan<byte> utf8, int at)
    {
        while (at > 0 && utf8[at - 1] is (byte)'-' or >= (byte)'0' and <= (byte)'9')
        {
            at--;
        }

        return at;
    }

    /// <summary>The word or number that starts at <paramref name="at"/>: up to the next delimiter.</summary>
    private static string Token(ReadOnlySpan<byte> utf8, int at)
    {
        var rest = utf8[at..];
        var end = rest.IndexOfAny(" \t\r\n,:]}[{\"'"u8);
        return Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]);
    }

    private static string Quote(string token) => "'" + FlexLimits.Excerpt(token) + "'";

    /// <summary>The character at the start of <paramref name="rest"/> as a message shows it: <c>'x'</c>, <c>'é' (U+00E9)</c>, <c>U+0000</c>.</summary>
    private static string Character(ReadOnlySpan<byte> rest)
    {
        Rune.DecodeFromUtf8(rest, out var rune, out _);
        var code = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return rune.Value switch
        {
            < 0x7F and >= 0x20 => $"'{(char)rune.Value}'",
            _ when Rune.IsControl(rune) => $"the control character U+{code}",
            _ when FlexLimits.Excerpt(rune.ToString()) != rune.ToString() => $"the invisible character U+{code}",
            _ => $"'{rune}' (U+{code})",
        };
    }
}
