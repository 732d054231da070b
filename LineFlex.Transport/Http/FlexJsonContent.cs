using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LineFlex;

/// <summary>
/// A request body that writes the model's deterministic JSON straight to the connection, the same
/// bytes <see cref="FlexJson"/> gives, without building the whole body as one string first.
/// </summary>
internal sealed class FlexJsonContent : HttpContent
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly object _node;

    public FlexJsonContent(object node)
    {
        _node = node;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            FlexJson.Serialize(writer, _node);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
