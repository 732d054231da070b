using Newtonsoft.Json;

namespace LineFlex;

/// <summary>
/// A <see cref="JsonWriter"/> that writes nothing and adds up an upper bound of the compact UTF-8 size:
/// every string as if each character that JSON may escape took six bytes, every separator counted.
/// When the bound is under a limit the exact size is too, and the exact (slower) count is not needed.
/// </summary>
internal sealed class JsonSizeBound : JsonWriter
{
    public long Bytes { get; private set; }

    public static long Of(object node)
    {
        using var bound = new JsonSizeBound();
        FlexJsonWriter.WriteNode(bound, node);
        return bound.Bytes;
    }

    // Each token may be followed by a comma: one byte more than the token itself.
    public override void WriteStartObject() => Bytes += 2;

    public override void WriteEndObject() => Bytes += 2;

    public override void WriteStartArray() => Bytes += 2;

    public override void WriteEndArray() => Bytes += 2;

    // The model's property names are plain ASCII words: quotes, colon and comma around them.
    public override void WritePropertyName(string name) => Bytes += name.Length + 4;

    public override void WritePropertyName(string name, bool escape) => WritePropertyName(name);

    public override void WriteValue(string? value) => Bytes += value is null ? 5 : String(value) + 1;

    public override void WriteValue(int value) => Bytes += 12;

    public override void WriteValue(bool value) => Bytes += 6;

    public override void WriteNull() => Bytes += 5;

    public override void Flush()
    {
    }

    /// <summary>
    /// Quotes plus at most six bytes a character: a plain ASCII character takes one, and anything that may be
    /// escaped (<c>\uXXXX</c>) or encoded in several UTF-8 bytes takes six at most.
    /// </summary>
    private static long String(string value)
    {
        long bytes = 2;
        foreach (var c in value)
        {
            bytes += c is >= ' ' and <= '~' and not ('"' or '\\') ? 1 : 6;
        }

        return bytes;
    }
}
