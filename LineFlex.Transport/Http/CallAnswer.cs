using System.Net.Http.Headers;

namespace LineFlex;

/// <summary>
/// One attempt's answer, read within the attempt so that its timeout covers the body and a connection
/// that breaks while the body comes is a failure of that attempt: the status, the headers, and at most
/// a bounded number of body bytes.
/// </summary>
internal sealed class CallAnswer
{
    public required int StatusCode { get; init; }

    /// <summary>The response headers; null when no answer was taken (a redirect refused below LineFlex).</summary>
    public HttpResponseHeaders? Headers { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The body as read, at most the limit the attempt read with.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>True when the body went on past the limit and the rest was not read.</summary>
    public bool BodyCut { get; init; }

    /// <summary>Where the answer came from when an HTTP handler below LineFlex followed a redirect; else null.</summary>
    public Uri? RedirectedTo { get; init; }

    /// <summary>
    /// Who answered, at the start of a sentence: <c>The sandbox</c> when the answer carries <c>LineFlex-Sandbox: true</c>
    /// (every answer of a LineFlex sandbox does, and Infobip never sends it), else <c>Infobip</c>.
    /// </summary>
    public string Answerer =>
        string.Equals(InfobipResilience.Header(Headers, "LineFlex-Sandbox"), "true", StringComparison.OrdinalIgnoreCase) ? "The sandbox" : "Infobip";

    public bool IsSuccess => StatusCode is >= 200 and < 300 && RedirectedTo is null;

    public bool IsRedirect => StatusCode is >= 300 and < 400 || RedirectedTo is not null;

    /// <summary>The body as UTF-8 text (a byte order mark skipped).</summary>
    public string Text() => System.Text.Encoding.UTF8.GetString(Body.Span.StartsWith("\uFEFF"u8) ? Body.Span[3..] : Body.Span);

    public Stream OpenBody() =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Body.ToArray(), writable: false);
}
