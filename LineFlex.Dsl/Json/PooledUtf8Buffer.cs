using System.Buffers;

namespace LineFlex;

/// <summary>
/// Collects UTF-8 bytes in buffers rented from the shared array pool, so serializing to bytes allocates little more
/// than the result. Bytes that outgrow a buffer go on in a larger one, and nothing written is copied until
/// <see cref="ToArray"/> makes the array (or <see cref="CopyTo(Stream)"/> hands the bytes on); disposing returns the
/// buffers.
/// </summary>
internal sealed class PooledUtf8Buffer : IDisposable
{
    /// <summary>The largest buffer <see cref="Clear"/> keeps.</summary>
    private const int KeptBytes = 64 * 1024;

    private byte[] _buffer;
    private int _length;

    /// <summary>The buffers filled before <see cref="_buffer"/>, in order, each with the length written in it.</summary>
    private List<(byte[] Bytes, int Length)>? _filled;
    private int _filledLength;

    public PooledUtf8Buffer(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>How many bytes were written.</summary>
    public int Length => _filledLength + _length;

    /// <summary>Room for at least <paramref name="needed"/> bytes; <see cref="Advance"/> then says how many were written.</summary>
    public Span<byte> Room(int needed)
    {
        if (_buffer.Length - _length < needed)
        {
            Next(needed);
        }

        return _buffer.AsSpan(_length);
    }

    /// <summary>Counts <paramref name="count"/> bytes written into the span <see cref="Room"/> gave.</summary>
    public void Advance(int count) => _length += count;

    /// <summary>Writes one byte.</summary>
    public void Write(byte value)
    {
        if (_length == _buffer.Length)
        {
            Next(1);
        }

        _buffer[_length++] = value;
    }

    /// <summary>Everything written, as one array of its exact length.</summary>
    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Length);
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Copies everything written to <paramref name="destination"/>, which has room for <see cref="Length"/> bytes.</summary>
    public void CopyTo(Span<byte> destination)
    {
        for (var i = 0; i < _filled?.Count; i++)
        {
            var (bytes, length) = _filled[i];
            bytes.AsSpan(0, length).CopyTo(destination);
            destination = destination[length..];
        }

        _buffer.AsSpan(0, _length).CopyTo(destination);
    }

    /// <summary>Writes everything written to <paramref name="stream"/>.</summary>
    public void CopyTo(Stream stream)
    {
        for (var i = 0; i < _filled?.Count; i++)
        {
            var (bytes, length) = _filled[i];
            stream.Write(bytes, 0, length);
        }

        stream.Write(_buffer, 0, _length);
    }

    /// <summary>
    /// Empties the buffer for the next document: every buffer but the one in use goes back to the pool, and that one too
    /// when it grew past <see cref="KeptBytes"/>, so a buffer kept between documents does not pin a large one's memory.
    /// </summary>
    public void Clear()
    {
        for (var i = 0; i < _filled?.Count; i++)
        {
            ArrayPool<byte>.Shared.Return(_filled[i].Bytes);
        }

        _filled?.Clear();
        (_length, _filledLength) = (0, 0);
        if (_buffer.Length > KeptBytes)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(1024);
        }
    }

    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        for (var i = 0; i < _filled?.Count; i++)
        {
            ArrayPool<byte>.Shared.Return(_filled[i].Bytes);
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        (_buffer, _length, _filled, _filledLength) = ([], 0, null, 0);
    }

    /// <summary>Keeps the current buffer and goes on in one at least twice its size, with room for <paramref name="needed"/> bytes.</summary>
    private void Next(int needed)
    {
        (_filled ??= new(4)).Add((_buffer, _length));
        _filledLength += _length;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, needed));
        _length = 0;
    }
}
