using System.Text.Unicode;

namespace LineFlex;

/// <summary>
/// Checked UTF-8 JSON as text for Newtonsoft's reader, decoded a slice at a time into the reader's own buffer, so
/// reading bytes makes no string of the whole document (which, for a large one, would land in the large object heap).
/// The bytes were checked to be valid UTF-8 before; a character outside the Basic Multilingual Plane that does not fit
/// a read's room gives its two UTF-16 halves over two reads.
/// </summary>
internal sealed class Utf8TextReader(ReadOnlyMemory<byte> utf8) : TextReader
{
    private ReadOnlyMemory<byte> _rest = utf8;

    /// <summary>The second half of a surrogate pair whose first half filled the last read, or 0.</summary>
    private char _pendingLow;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var filled = 0;
        if (_pendingLow != 0)
        {
            buffer[0] = _pendingLow;
            _pendingLow = '\0';
            filled = 1;
        }

        if (_rest.IsEmpty || filled == buffer.Length)
        {
            return filled;
        }

        Utf8.ToUtf16(_rest.Span, buffer[filled..], out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        _rest = _rest[read..];
        filled += written;
        if (filled == 0 && !_rest.IsEmpty)
        {
            // Room for one character and the next is a pair: give its first half now and keep the second.
            Span<char> pair = stackalloc char[2];
            Utf8.ToUtf16(_rest.Span, pair, out read, out _, replaceInvalidSequences: true, isFinalBlock: true);
            _rest = _rest[read..];
            buffer[0] = pair[0];
            _pendingLow = pair[1];
            filled = 1;
        }

        return filled;
    }

    public override int Peek()
    {
        if (_pendingLow != 0)
        {
            return _pendingLow;
        }

        if (_rest.IsEmpty)
        {
            return -1;
        }

        Span<char> next = stackalloc char[2];
        Utf8.ToUtf16(_rest.Span, next, out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        return written == 0 ? -1 : next[0];
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }
}
