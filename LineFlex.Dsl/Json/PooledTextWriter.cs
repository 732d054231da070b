using System.Buffers;
using System.Text;

namespace LineFlex;

/// <summary>
/// Collects written text in buffers rented from the shared array pool, so serializing to a string allocates little
/// more than the string itself. Text that outgrows a buffer goes on in a larger one, and nothing written is copied
/// until <see cref="ToString"/> makes the string (or <see cref="CopyTo"/> hands it on); disposing returns the buffers.
/// </summary>
internal sealed class PooledTextWriter : TextWriter
{
    private char[] _buffer;
    private int _length;

    /// <summary>The buffers filled before <see cref="_buffer"/>, in order, each full to its length.</summary>
    private List<char[]>? _filled;
    private int _filledLength;

    public PooledTextWriter(int capacity)
        : base(System.Globalization.CultureInfo.InvariantCulture) => _buffer = ArrayPool<char>.Shared.Rent(capacity);

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Next(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (true)
        {
            var room = _buffer.Length - _length;
            if (buffer.Length <= room)
            {
                buffer.CopyTo(_buffer.AsSpan(_length));
                _length += buffer.Length;
                return;
            }

            buffer[..room].CopyTo(_buffer.AsSpan(_length));
            _length = _buffer.Length;
            buffer = buffer[room..];
            Next(buffer.Length);
        }
    }

    /// <summary>Everything written, as one string.</summary>
    public override string ToString() =>
        string.Create(_filledLength + _length, this, static (text, writer) =>
        {
            for (var i = 0; i < writer._filled?.Count; i++)
            {
                writer._filled[i].CopyTo(text);
                text = text[writer._filled[i].Length..];
            }

            writer._buffer.AsSpan(0, writer._length).CopyTo(text);
        });

    /// <summary>Writes everything written to <paramref name="writer"/>.</summary>
    public void CopyTo(TextWriter writer)
    {
        for (var i = 0; i < _filled?.Count; i++)
        {
            writer.Write(_filled[i]);
        }

        writer.Write(_buffer.AsSpan(0, _length));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            for (var i = 0; i < _filled?.Count; i++)
            {
                ArrayPool<char>.Shared.Return(_filled[i]);
            }

            ArrayPool<char>.Shared.Return(_buffer);
            (_buffer, _length, _filled, _filledLength) = ([], 0, null, 0);
        }

        base.Dispose(disposing);
    }

    /// <summary>Keeps the full buffer and goes on in one at least twice its size, with room for <paramref name="needed"/> characters.</summary>
    private void Next(int needed)
    {
        (_filled ??= new(4)).Add(_buffer);
        _filledLength += _buffer.Length;
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, needed));
        _length = 0;
    }
}
