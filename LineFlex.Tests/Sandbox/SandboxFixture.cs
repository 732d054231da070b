using LineFlex.Sandbox;

namespace LineFlex.Tests.Sandbox;

/// <summary>A fresh sandbox and a raw client to it for every test; a fixture may choose the sandbox's options.</summary>
public abstract class SandboxFixture
{
    protected SandboxServer _server = null!;
    protected SandboxClient _client = null!;

    /// <summary>The options of the sandbox each test gets; the defaults unless a fixture says otherwise.</summary>
    protected virtual SandboxOptions? Options() => null;

    [SetUp]
    public async Task StartSandbox()
    {
        _server = await SandboxServer.StartAsync(Options());
        _client = new SandboxClient(_server);
    }

    [TearDown]
    public async Task StopSandbox()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }
}
