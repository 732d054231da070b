using System.Text;

namespace LineFlex;

/// <summary>Counts the UTF-8 bytes written to it without keeping them: the bubble size rule measures the wire JSON this way.</summary>
internal sealed class Utf8ByteCounter : TextWriter
{
    private char _highSurrogate;

    public long Count { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (char.IsHighSurrogate(value))
        {
            _highSurrogate = value;
            return;
        }

        if (char.IsLowSurrogate(value) && _highSurrogate != default)
        {
            Count += 4;
            _highSurrogate = default;
            return;
        }

        Count += value switch
        {
            < (char)0x80 => 1,
            < (char)0x800 => 2,
            _ => 3,
        };
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        // A surrogate pair split across two writes is counted char by char; whole runs are counted at once.
        if (_highSurrogate != default || (!buffer.IsEmpty && char.IsHighSurrogate(buffer[^1])))
        {
            foreach (var c in buffer)
            {
                Write(c);
            }

            return;
        }

        Count += Encoding.UTF8.GetByteCount(buffer);
    }

    public static long Measure(object node)
    {
        using var counter = new Utf8ByteCounter();
        using (var writer = FlexJson.CreateWriter(counter, indented: false))
        {
            FlexJsonWriter.WriteNode(writer, node);
        }

        return counter.Count;
    }
}
