using Microsoft.Extensions.Hosting;

namespace LineFlex.Sandbox;

/// <summary>
/// A host lifetime that does nothing: unlike the console lifetime it installs no Ctrl+C or SIGTERM handler,
/// so a sandbox inside a test run or a CLI never touches process-wide signals. Its owner stops it.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
