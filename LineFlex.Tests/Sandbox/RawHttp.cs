using System.Net.Sockets;
using System.Text;

namespace LineFlex.Tests.Sandbox;

/// <summary>HTTP/1.1 over a bare socket: sends a request's head and only as much of its body as a test chooses.</summary>
public static class RawHttp
{
    /// <summary>
    /// Sends a POST to <paramref name="path"/> declaring <paramref name="contentLength"/> body bytes but sending only
    /// <paramref name="bytesSent"/> of them, and returns the answer's status line. A server that waits for the whole
    /// body never answers; the wait gives up after ten seconds with a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<string> PostPartOfABodyAsync(Uri baseUrl, string path, long contentLength, int bytesSent, string? authorization)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseUrl.Host, baseUrl.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append("POST ").Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(baseUrl.Authority).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(contentLength).Append("\r\n");
        if (authorization is not null)
        {
            head.Append("Authorization: ").Append(authorization).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await stream.WriteAsync(new byte[bytesSent]);
        using var reader = new StreamReader(stream, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? string.Empty;
    }
}
