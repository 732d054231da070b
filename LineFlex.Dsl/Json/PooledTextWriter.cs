using System.Buffers;
using System.Text;

namespace LineFlex;

/// <summary>
/// Collects written text in a buffer rented from the shared array pool, so serializing to a string allocates little
/// more than the string itself; <see cref="ToString"/> makes the string, disposing returns the buffer.
/// </summary>
internal sealed class PooledTextWriter : TextWriter
{
    private char[] _buffer;
    private int _length;

    public PooledTextWriter(int capacity)
        : base(System.Globalization.CultureInfo.InvariantCulture) => _buffer = ArrayPool<char>.Shared.Rent(capacity);

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written, until the next write or <see cref="Dispose(bool)"/>.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_buffer.Length - _length < buffer.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override string ToString() => new(_buffer, 0, _length);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
