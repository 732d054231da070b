using System.Net;
using System.Net.Sockets;

namespace LineFlex.Sandbox;

/// <summary>
/// Where delivery webhooks may be posted: by default only to this machine, a host whose addresses are all loopback
/// addresses; also to the hosts of <see cref="SandboxOptions.AllowedWebhookHosts"/>, wherever they resolve. The check is
/// made on the addresses the post then connects to, so a name that resolves once to loopback and then elsewhere
/// (DNS rebinding) cannot slip past it.
/// </summary>
internal sealed class WebhookTargets(IEnumerable<string> allowedHosts)
{
    private readonly HashSet<string> _allowed = new(allowedHosts.Select(Bare), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a post to <paramref name="host"/>, resolved to <paramref name="addresses"/>, is allowed.</summary>
    public bool Allows(string host, IReadOnlyList<IPAddress> addresses) =>
        _allowed.Contains(Bare(host)) || (addresses.Count > 0 && addresses.All(IPAddress.IsLoopback));

    /// <summary>
    /// Connects a webhook post: resolves the host, checks the addresses with <see cref="Allows"/>, and connects to those
    /// same addresses; for <see cref="SocketsHttpHandler.ConnectCallback"/>.
    /// </summary>
    /// <exception cref="WebhookTargetRefusedException">The host is not allowed.</exception>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = Bare(context.DnsEndPoint.Host);
        IPAddress[] addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (!Allows(host, addresses))
        {
            var outside = addresses.FirstOrDefault(a => !IPAddress.IsLoopback(a));
            throw new WebhookTargetRefusedException(
                (outside is null ? $"its host {host} resolves to no address" : $"its host {host} resolves to {outside}, which is not a loopback address")
                + "; the sandbox posts reports only to this machine unless SandboxOptions.AllowedWebhookHosts names the host");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>An IPv6 address without its URL brackets, so <c>[::1]</c> and <c>::1</c> are one host.</summary>
    private static string Bare(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
