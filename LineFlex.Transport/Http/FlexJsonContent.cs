using System.Net;
using System.Net.Http.Headers;

namespace LineFlex;

/// <summary>
/// A request body holding the model's deterministic JSON, the same bytes <see cref="FlexJson"/> gives.
/// The UTF-8 bytes are written once into a byte buffer (never a string), then copied to the connection
/// asynchronously with a known length: writing JSON synchronously to the connection blocks a thread per
/// flush, and an unknown length forces chunked encoding.
/// </summary>
internal sealed class FlexJsonContent : HttpContent
{
    private readonly object _node;

    public FlexJsonContent(object node)
    {
        _node = node;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    private MemoryStream? _body;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = Body();
        return stream.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken).AsTask();
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = Body().Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _body?.Dispose();
        }

        base.Dispose(disposing);
    }

    private MemoryStream Body()
    {
        if (_body is null)
        {
            var body = new MemoryStream(4096);
            FlexJson.Serialize(body, _node);
            _body = body;
        }

        return _body;
    }
}
