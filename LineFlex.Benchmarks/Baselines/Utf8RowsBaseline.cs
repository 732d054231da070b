using System.Buffers;
using System.Text.Json;

namespace LineFlex.Benchmarks.Baselines;

/// <summary>
/// The wire floor of the rows workload (<see cref="Workloads.Rows"/>): the UTF-8 bytes LineFlex sends, written by hand
/// with System.Text.Json's <see cref="Utf8JsonWriter"/>, as its documentation advises for speed: property names
/// encoded once (<see cref="JsonEncodedText"/>), and the writer and its <see cref="ArrayBufferWriter{T}"/> kept per
/// thread and reset for each document, so a call allocates only the resulting array. The rows' texts are plain ASCII,
/// so the writer's default escaping gives LineFlex's exact bytes (checked by WorkloadEquivalenceTests).
/// </summary>
public static class Utf8RowsBaseline
{
    private static readonly JsonEncodedText Messages = JsonEncodedText.Encode("messages");
    private static readonly JsonEncodedText Sender = JsonEncodedText.Encode("sender");
    private static readonly JsonEncodedText Destinations = JsonEncodedText.Encode("destinations");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText AltText = JsonEncodedText.Encode("altText");
    private static readonly JsonEncodedText Contents = JsonEncodedText.Encode("contents");
    private static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText Layout = JsonEncodedText.Encode("layout");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Flex = JsonEncodedText.Encode("flex");
    private static readonly JsonEncodedText Color = JsonEncodedText.Encode("color");
    private static readonly JsonEncodedText Align = JsonEncodedText.Encode("align");
    private static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? s_writer;

    /// <summary>The request's UTF-8 bytes, as an array of their exact length.</summary>
    public static byte[] Serialize(int rows)
    {
        var (buffer, w) = s_writer ??= (new ArrayBufferWriter<byte>(), new Utf8JsonWriter(Stream.Null));
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        Write(rows, w);
        w.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The request's UTF-8 bytes, written by <paramref name="w"/>.</summary>
    private static void Write(int rows, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray(Messages);
        w.WriteStartObject();
        w.WriteString(Sender, "OFFICIAL-ACCOUNT-ID-123");
        w.WriteStartArray(Destinations);
        w.WriteStartObject();
        w.WriteString(To, "66855538125");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject(Content);
        w.WriteString(Type, "LINE_NOTIFICATION");
        w.WriteString(AltText, "Your receipt");
        w.WriteStartObject(Contents);
        w.WriteString(Type, "BUBBLE");
        w.WriteStartObject(Body);
        w.WriteString(Type, "BOX");
        w.WriteString(Layout, "VERTICAL");
        w.WriteStartArray(Contents);
        for (var i = 0; i < rows; i++)
        {
            w.WriteStartObject();
            w.WriteString(Type, "BOX");
            w.WriteString(Layout, "HORIZONTAL");
            w.WriteStartArray(Contents);
            w.WriteStartObject();
            w.WriteString(Type, "TEXT");
            w.WriteString(Text, $"Item {i}");
            w.WriteNumber(Flex, 3);
            w.WriteString(Color, "#555555");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString(Type, "TEXT");
            w.WriteString(Text, $"{i}.00");
            w.WriteNumber(Flex, 1);
            w.WriteString(Align, "END");
            w.WriteString(Weight, "BOLD");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
