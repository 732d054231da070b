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

    public override void WritePropertyName(string name) => Bytes += String(name) + 1;

    public override void WritePropertyName(string name, bool escape) => WritePropertyName(name);

    public override void WriteValue(string? value) => Bytes += value is null ? 5 : String(value) + 1;

    public override void WriteValue(int value) => Bytes += 12;

    public override void WriteValue(bool value) => Bytes += 6;

    public override void WriteNull() => Bytes += 5;

    public override void Flush()
    {
    }

    /// <summary>Quotes plus UTF-8 bytes, plus five more for every character JSON might escape (<c>\u00XX</c>).</summary>
    private static long String(string value)
    {
        var span = value.AsSpan();
        long escapable = 0;
        foreach (var c in span)
        {
            if (c < ' ' || c is '"' or '\\' || c > '~')
            {
                escapable++;
            }
        }

        return 2 + System.Text.Encoding.UTF8.GetByteCount(span) + (5 * escapable);
    }
}
