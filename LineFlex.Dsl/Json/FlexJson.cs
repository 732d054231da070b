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
        var builder = new StringBuilder(512);
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Serialize(writer, node, indented);
        }

        return builder.ToString();
    }

    /// <summary>Serializes a model node to UTF-8 JSON bytes, the exact bytes sent on the wire.</summary>
    public static byte[] SerializeToUtf8Bytes(object node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var stream = new MemoryStream(1024);
        Serialize(stream, node);
        return stream.ToArray();
    }

    /// <summary>Writes a model node as UTF-8 JSON to <paramref name="stream"/>, leaving the stream open.</summary>
    public static void Serialize(Stream stream, object node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(node);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 4096, leaveOpen: true);
        Serialize(writer, node, indented);
    }

    /// <summary>Writes a model node as JSON text to <paramref name="textWriter"/>, leaving it open.</summary>
    public static void Serialize(TextWriter textWriter, object node, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        ArgumentNullException.ThrowIfNull(node);
        using var writer = CreateWriter(textWriter, indented);
        FlexJsonWriter.WriteNode(writer, node);
        writer.Flush();
    }

    /// <summary>Writes a model node to an existing Newtonsoft <see cref="JsonWriter"/>.</summary>
    public static void Write(JsonWriter writer, object node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        FlexJsonWriter.WriteNode(writer, node);
    }

    /// <summary>Reads JSON text as a <typeparamref name="T"/>: a <see cref="LineRequest"/>, a <see cref="FlexBubble"/>, a <see cref="FlexComponent"/>, ...</summary>
    /// <exception cref="FlexJsonException">The JSON is malformed or does not fit the model; the message names the path, line and position.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = new StringReader(json);
        return Deserialize<T>(reader);
    }

    /// <summary>Reads JSON text from <paramref name="textReader"/> as a <typeparamref name="T"/>.</summary>
    /// <exception cref="FlexJsonException">The JSON is malformed or does not fit the model.</exception>
    public static T Deserialize<T>(TextReader textReader)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(textReader);
        using var reader = CreateReader(textReader);
        return FlexJsonReader.ReadDocument<T>(reader);
    }

    /// <summary>Reads UTF-8 JSON from <paramref name="stream"/> as a <typeparamref name="T"/>, leaving the stream open.</summary>
    /// <exception cref="FlexJsonException">The JSON is malformed or does not fit the model.</exception>
    public static T Deserialize<T>(Stream stream)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var textReader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        return Deserialize<T>(textReader);
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

    internal static JsonTextReader CreateReader(TextReader textReader) => new(textReader)
    {
        DateParseHandling = DateParseHandling.None,
        CloseInput = false,
        MaxDepth = 128,
    };
}
