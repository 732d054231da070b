using System.Net;
using System.Net.Http.Headers;

namespace LineFlex;

/// <summary>
/// A request body holding the model's deterministic JSON, the same bytes <see cref="FlexJson"/> gives,
/// written once per call as UTF-8 bytes (never a string) and copied to the connection
/// asynchronously with a known length: writing JSON synchronously to the connection blocks a thread per
/// flush, and an unknown length forces chunked encoding.
/// </summary>
/// <remarks>
/// It refuses to be sent to any address but the one it was first bound to: an <see cref="HttpClient"/>
/// whose handler follows redirects re-sends a body after a 307 or 308 to wherever the <c>Location</c>
/// points, and this keeps the message from leaving for that address.
/// </remarks>
internal sealed class FlexJsonContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> _body;
    private HttpRequestMessage? _request;
    private Uri? _sentTo;

    public FlexJsonContent(ReadOnlyMemory<byte> body)
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    /// <summary>Writes the model's JSON as UTF-8, directly into pooled buffers, then once into an array of its length.</summary>
    /// <param name="node">What to write.</param>
    /// <param name="bubbles">Where to note each bubble's bytes, for validation; nowhere when null.</param>
    public static ReadOnlyMemory<byte> Serialize(object node, WrittenBubbles? bubbles = null) => FlexJson.SerializeToUtf8Bytes(node, bubbles);

    /// <summary>Ties the body to <paramref name="request"/> and the address it is sent to now.</summary>
    public void Bind(HttpRequestMessage request)
    {
        _request = request;
        _sentTo = request.RequestUri;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (_request?.RequestUri is { } target && target != _sentTo)
        {
            throw new RedirectRefusedException(target);
        }

        return stream.WriteAsync(_body, cancellationToken).AsTask();
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}

/// <summary>An HTTP handler below LineFlex tried to send the body on to <see cref="Target"/> after a redirect.</summary>
internal sealed class RedirectRefusedException(Uri target) : Exception("The body was not sent to " + target + ".")
{
    public Uri Target { get; } = target;
}
