using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>A request body read whole, but never past <see cref="SandboxOptions.MaxRequestBodySize"/>.</summary>
internal static class RequestBody
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body's bytes, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    /// <remarks>A declared <c>Content-Length</c> over the limit is refused before a byte is read.</remarks>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel enforces the same limit on a chunked body.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return body.ToArray();
    }

    /// <summary>The body as text: UTF-8 unless a byte order mark says otherwise, the mark itself left out.</summary>
    public static string Text(byte[] body)
    {
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
