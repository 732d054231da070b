using System.Buffers;
using System.Text;
using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// The one entry point to LineFlex's wire JSON: serialize any model node, deserialize any node type.
/// The same tree always gives the same bytes: properties in the reference order with <c>type</c> first,
/// unset values omitted, a <c>flex</c> of 0 kept.
/// </summary>
/// <remarks>See docs/json.md.</remarks>
public static class FlexJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Serializes a model node (a request, message, bubble, component, action, option, ...) to JSON text.</summary>
    /// <param name="node">Any record of LineFlex's model.</param>
    /// <param name="indented">Indent with two spaces for reading; the wire form is compact.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a model type.</exception>
    public static string Serialize(object node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var text = new PooledTextWriter(1024);
        if (indented)
        {
            Serialize(text, node, indented);
        }
        else
        {
            WriteCompact(CompactJsonWriter.ToText(text), node);
        }

        return text.ToString();
    }

    /// <summary>Serializes a model node to UTF-8 JSON bytes, the exact bytes sent on the wire.</summary>
    /// <remarks>The bytes are written directly, with no text in between, into pooled buffers, then copied once into the array.</remarks>
    public static byte[] SerializeToUtf8Bytes(object node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return SerializeToUtf8Bytes(node, bubbles: null);
    }

    /// <summary>
    /// The bytes of <see cref="SerializeToUtf8Bytes(object)"/>, noting in <paramref name="bubbles"/>, when given, the
    /// bytes each bubble took, for validation to read instead of counting them again (LF507).
    /// </summary>
    internal static byte[] SerializeToUtf8Bytes(object node, WrittenBubbles? bubbles) =>
        WriteUtf8(node, 0, static (utf8, _) => utf8.ToArray(), bubbles);

    /// <summary>Writes a model node's compact UTF-8 JSON, the bytes sent on the wire, to <paramref name="destination"/>.</summary>
    /// <remarks>Nothing is written to <paramref name="destination"/> when the node cannot be written.</remarks>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a model type, or cannot be written; the message names where.</exception>
    public static void Serialize(IBufferWriter<byte> destination, object node)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(node);
        WriteUtf8(node, destination, static (utf8, destination) =>
        {
            utf8.CopyTo(destination.GetSpan(utf8.Length));
            destination.Advance(utf8.Length);
            return 0;
        });
    }

    /// <summary>Writes a model node as UTF-8 JSON to <paramref name="stream"/>, leaving the stream open.</summary>
    public static void Serialize(Stream stream, object node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(node);
        if (!indented)
        {
            WriteUtf8(node, stream, static (utf8, stream) =>
            {
                utf8.CopyTo(stream);
                return 0;
            });
            return;
        }

        using var writer = new StreamWriter(stream, Utf8, bufferSize: 4096, leaveOpen: true);
        Serialize(writer, node, indented);
    }

    /// <summary>Writes a model node as JSON text to <paramref name="textWriter"/>, leaving it open.</summary>
    public static void Serialize(TextWriter textWriter, object node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        ArgumentNullException.ThrowIfNull(node);
        if (!indented)
        {
            using var buffer = new PooledTextWriter(1024);
            WriteCompact(CompactJsonWriter.ToText(buffer), node);
            buffer.CopyTo(textWriter);
            return;
        }

        using var writer = CreateWriter(textWriter, indented);
        FlexJsonWriter.WriteNode(writer, node);
        writer.Flush();
    }

    /// <summary>
    /// Writes the compact wire JSON with a <see cref="CompactJsonWriter"/>. A node that cannot be written (a null list
    /// item, a box nested too deep) is written again with a <see cref="JsonTextWriter"/>, whose error names the path.
    /// </summary>
    internal static void WriteCompact(CompactJsonWriter writer, object node)
    {
        try
        {
            FlexJsonWriter.WriteNode(writer, node);
        }
        catch (ArgumentException)
        {
            ThrowWhereUnwritable(node);
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="node"/>, which a compact writer could not write, with a <see cref="JsonTextWriter"/> that
    /// keeps its path, so the error it throws names where the node cannot be written.
    /// </summary>
    internal static void ThrowWhereUnwritable(object node)
    {
        using var again = CreateWriter(TextWriter.Null, indented: false);
        FlexJsonWriter.WriteNode(again, node);
    }

    /// <summary>Writes a model node to an existing Newtonsoft <see cref="JsonWriter"/>.</summary>
    public static void Write(JsonWriter writer, object node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        FlexJsonWriter.WriteNode(writer, node);
    }

    /// <summary>Reads JSON text as a <typeparamref name="T"/>: a <see cref="LineRequest"/>, a <see cref="FlexBubble"/>, a <see cref="FlexComponent"/>, ...</summary>
    /// <remarks>
    /// The text must be strict JSON (RFC 8259) of at most <see cref="FlexLimits.MaxDocumentBytes"/> bytes of UTF-8:
    /// no comments, single quotes, unquoted names, trailing commas, leading zeros, hexadecimal numbers, NaN or Infinity.
    /// </remarks>
    /// <exception cref="FlexJsonException">The JSON is malformed or does not fit the model; the message names the path, line and position.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read<T>(StrictJson.Tokenize(json));
    }

    /// <summary>Reads UTF-8 JSON as a <typeparamref name="T"/>; a leading byte order mark is skipped.</summary>
    /// <remarks>Invalid UTF-8 is refused with its byte offset; otherwise as <see cref="Deserialize{T}(string)"/>.</remarks>
    /// <exception cref="FlexJsonException">The bytes are not UTF-8, the JSON is malformed or does not fit the model.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : class
    {
        // The model reader holds the bytes it reads, so it reads a copy.
        StrictJson.CheckSize(utf8Json);
        var copy = ArrayPool<byte>.Shared.Rent(Math.Max(utf8Json.Length, 1));
        utf8Json.CopyTo(copy);
        return Read<T>(StrictJson.Tokenize(copy, utf8Json.Length, rented: true));
    }

    /// <summary>Reads JSON text from <paramref name="textReader"/> as a <typeparamref name="T"/>, leaving it open.</summary>
    /// <remarks>Reads no more than <see cref="FlexLimits.MaxDocumentBytes"/> characters; otherwise as <see cref="Deserialize{T}(string)"/>.</remarks>
    /// <exception cref="FlexJsonException">The text is too large, the JSON is malformed or does not fit the model.</exception>
    public static T Deserialize<T>(TextReader textReader)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(textReader);
        return Read<T>(StrictJson.Tokenize(StrictJson.Read(textReader)));
    }

    /// <summary>Reads UTF-8 JSON from <paramref name="stream"/> as a <typeparamref name="T"/>, leaving the stream open.</summary>
    /// <remarks>
    /// Reads no more than <see cref="FlexLimits.MaxDocumentBytes"/> bytes, so an endless stream ends in an error;
    /// otherwise as <see cref="Deserialize{T}(ReadOnlySpan{byte})"/>.
    /// </remarks>
    /// <exception cref="FlexJsonException">The stream is too large, not UTF-8, the JSON is malformed or does not fit the model.</exception>
    public static T Deserialize<T>(Stream stream)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (buffer, count) = StrictJson.Read(stream);
        return Read<T>(StrictJson.Tokenize(buffer, count, rented: true));
    }

    /// <summary>
    /// Writes a node's compact UTF-8 JSON with the writer this thread keeps, and hands the bytes to
    /// <paramref name="use"/> before the writer is given back.
    /// </summary>
    private static TResult WriteUtf8<TState, TResult>(object node, TState state, Func<PooledUtf8Buffer, TState, TResult> use, WrittenBubbles? bubbles = null)
    {
        var writer = CompactJsonWriter.TakeUtf8();
        writer.Bubbles = bubbles;
        try
        {
            WriteCompact(writer, node);
            return use(writer.Sink.Buffer, state);
        }
        finally
        {
            CompactJsonWriter.GiveBack(writer);
        }
    }

    /// <summary>
    /// Reads a document into the model from the tokens noted as its syntax was checked, in the same pass: the bytes
    /// are not read again but for the strings the model keeps.
    /// </summary>
    private static T Read<T>(Utf8Tokens tokens)
        where T : class
    {
        try
        {
            return FlexJsonReader.ReadDocument<T>(tokens);
        }
        finally
        {
            tokens.Return();
        }
    }

    /// <summary>
    /// Creates Newtonsoft settings that read and write every model type with LineFlex's own converter,
    /// for code that goes through <see cref="JsonSerializer"/> (an HTTP client's serializer, say).
    /// Each call returns a new object, so changing it affects nobody else.
    /// </summary>
    public static JsonSerializerSettings CreateSerializerSettings() => new()
    {
        Converters = { new FlexJsonConverter() },
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
    };

    internal static JsonTextWriter CreateWriter(TextWriter textWriter, bool indented) => new(textWriter)
    {
        Formatting = indented ? Formatting.Indented : Formatting.None,
        Indentation = 2,
        CloseOutput = false,
    };

    /// <summary>A reader of checked JSON; disposing it gives its buffer back to the shared pool.</summary>
    internal static JsonTextReader CreateReader(TextReader textReader) => new(textReader)
    {
        DateParseHandling = DateParseHandling.None,
        CloseInput = false,
        MaxDepth = StrictJson.MaxJsonDepth,
        PropertyNameTable = WireNames,
        ArrayPool = SharedChars.Instance,
    };

    /// <summary>Lends Newtonsoft's reader its character buffers from <see cref="System.Buffers.ArrayPool{T}.Shared"/>.</summary>
    private sealed class SharedChars : IArrayPool<char>
    {
        public static readonly SharedChars Instance = new();

        public char[] Rent(int minimumLength) => System.Buffers.ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(array);
            }
        }
    }

    /// <summary>
    /// Every property name of the wire JSON (with the types and keywords beside them, one list with
    /// <see cref="Utf8Tokens"/>), so the reader hands out one shared string per name instead of a new one per
    /// property read. The table is filled once from <see cref="FlexSchema"/> and then only read, which is
    /// safe from many threads.
    /// </summary>
    private static readonly DefaultJsonNameTable WireNames = CreateWireNames();

    private static DefaultJsonNameTable CreateWireNames()
    {
        // The words the one-pass reader finds by their bytes: the wire's names, with its types and keywords beside them.
        var table = new DefaultJsonNameTable();
        foreach (var name in Utf8Tokens.WireWords().Distinct(StringComparer.Ordinal))
        {
            table.Add(name);
        }

        return table;
    }
}
