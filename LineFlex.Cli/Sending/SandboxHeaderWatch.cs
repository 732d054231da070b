using LineFlex.Sandbox;

namespace LineFlex.Cli;

/// <summary>
/// Notes whether the server answered as a LineFlex sandbox does, with the <c>LineFlex-Sandbox</c> response header
/// (Infobip never sends it), so the commands can say "the sandbox" instead of "Infobip".
/// </summary>
internal sealed class SandboxHeaderWatch(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private volatile bool _seen;

    /// <summary>True once any answer carried the header, an error answer included.</summary>
    public bool SawSandbox => _seen;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.Contains(WireResponse.SandboxHeader))
        {
            _seen = true;
        }

        return response;
    }
}
