using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>
/// Which <c>Host</c> headers the sandbox answers: the loopback names <c>localhost</c>, <c>127.0.0.1</c> and
/// <c>[::1]</c> with any port, and the names of <see cref="SandboxOptions.AllowedHosts"/>. A browser sends the page's
/// own host name, so a page on another site whose name was rebound to 127.0.0.1 (DNS rebinding) is refused here although
/// its requests reach the loopback address.
/// </summary>
internal sealed class HostCheck(IEnumerable<string> allowedHosts)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _allowed = new(LoopbackNames.Concat(allowedHosts), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the request's <c>Host</c> header names a host the sandbox answers.</summary>
    public bool Accepts(HttpRequest request) => request.Host.HasValue && _allowed.Contains(request.Host.Host);

    /// <summary>The 421 that refuses a request addressed to another host, naming it and saying how to reach the sandbox.</summary>
    public static ApiError Refusal(HttpRequest request, Uri baseUrl) =>
        new(
            "E421",
            request.Host.HasValue
                ? $"The sandbox does not answer requests addressed to host '{FlexLimits.Excerpt(request.Host.Host)}'"
                : "The sandbox does not answer requests without a Host header",
            $"It answers only localhost, 127.0.0.1 and [::1] (any port), so that a web page whose host name was rebound to this machine cannot read or drive it. "
            + $"Use {baseUrl}, or add the host name to SandboxOptions.AllowedHosts.",
            [],
            []);

    /// <summary>
    /// Checks that every entry of an option's list is a bare host name or IP address (no scheme, port or path).
    /// </summary>
    /// <exception cref="ArgumentException">An entry is null, empty, or not a host name.</exception>
    public static void CheckHostNames(IList<string>? hosts, string option)
    {
        if (hosts is null)
        {
            throw new ArgumentException($"SandboxOptions.{option} is null. Leave it empty, or list host names such as 'sandbox.test'.", "options");
        }

        for (var i = 0; i < hosts.Count; i++)
        {
            if (hosts[i] is not { Length: > 0 } host || Uri.CheckHostName(host) == UriHostNameType.Unknown)
            {
                throw new ArgumentException(
                    $"SandboxOptions.{option}[{i}] is '{FlexLimits.Excerpt(hosts[i] ?? "null")}', which is not a host name. "
                    + "Give a bare host name or IP address, such as 'sandbox.test' or '192.0.2.10', without a scheme, port or path.",
                    "options");
            }
        }
    }
}
