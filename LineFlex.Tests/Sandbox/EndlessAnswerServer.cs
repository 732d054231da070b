using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// A server on 127.0.0.1 that answers one POST with a body that never ends, written on the socket itself until the
/// poster closes the connection (or a bound of 1 GiB or 30 seconds is reached), counting the bytes the connection
/// took. Kestrel cannot count them: once a connection is gone it discards further writes without failing them.
/// </summary>
internal sealed class EndlessAnswerServer : IDisposable
{
    private const long MaxBytes = 1024L * 1024 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
    private long _bytesWritten;

    private EndlessAnswerServer()
    {
        _listener.Start();
        Ended = AnswerOnceAsync();
    }

    /// <summary>Where to post.</summary>
    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/endless");

    /// <summary>How many bytes of the endless body the connection took before the poster closed it.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Completes when the answer stopped: the poster closed the connection, or a bound was reached.</summary>
    public Task Ended { get; }

    public static EndlessAnswerServer Start() => new();

    private async Task AnswerOnceAsync()
    {
        using var socket = await _listener.AcceptSocketAsync(_stop.Token);
        var buffer = new byte[64 * 1024];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await socket.SendAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1099511627776\r\n\r\n"u8.ToArray(), SocketFlags.None, _stop.Token);
        Array.Fill(buffer, (byte)' ');
        try
        {
            while (BytesWritten < MaxBytes)
            {
                var sent = await socket.SendAsync(buffer, SocketFlags.None, _stop.Token);
                Interlocked.Add(ref _bytesWritten, sent);
            }
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            // The poster closed the connection, or the time bound was reached.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
