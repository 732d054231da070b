using System.Buffers;

namespace LineFlex;

/// <summary>Reads a response body as it streams in, up to a limit of bytes, and never more.</summary>
internal static class BoundedBody
{
    /// <summary>
    /// The first <paramref name="limit"/> bytes of <paramref name="content"/> and whether there were more.
    /// A body whose <c>Content-Length</c> is over the limit is read only up to the limit.
    /// </summary>
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<(ReadOnlyMemory<byte> Body, bool Cut)> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var body = new MemoryStream(declared is { } length && length <= limit ? (int)length : Math.Min(limit, 16 * 1024));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                // One byte past the limit tells a body of exactly the limit from a longer one.
                var room = limit + 1 - (int)body.Length;
                var read = await stream.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, room)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (body.GetBuffer().AsMemory(0, (int)body.Length), false);
                }

                if (read == room)
                {
                    body.Write(chunk, 0, read - 1);
                    return (body.GetBuffer().AsMemory(0, limit), true);
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
