using System.Net.Http.Headers;
using LineFlex.Sandbox;

namespace LineFlex.Benchmarks;

/// <summary>
/// The in-process sandbox the sending benchmarks talk to over loopback, with the three senders they
/// compare: LineFlex with validation, LineFlex without, and a raw <see cref="HttpClient"/>.
/// </summary>
internal sealed class SandboxTarget : IAsyncDisposable
{
    private const string ApiKey = "benchmark-key";
    private readonly SandboxServer _sandbox;
    private readonly HttpClient _http;

    private SandboxTarget(SandboxServer sandbox, int batchSize, int concurrency)
    {
        _sandbox = sandbox;
        Client = new LineFlexClient(Options(batchSize, concurrency, validate: true));
        Unvalidated = new LineFlexClient(Options(batchSize, concurrency, validate: false));
        _http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", ApiKey);
    }

    public LineFlexClient Client { get; }

    public LineFlexClient Unvalidated { get; }

    public static async Task<SandboxTarget> StartAsync(int batchSize = 100, int concurrency = 4) =>
        new(await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromDays(1) }), batchSize, concurrency);

    /// <summary>Posts prebuilt bytes as a raw client would, and returns the answer's body.</summary>
    public async Task<string> PostRawAsync(byte[] body, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("line/1/messages", content, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Unvalidated.Dispose();
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    private LineFlexOptions Options(int batchSize, int concurrency, bool validate) => new()
    {
        BaseUrl = _sandbox.BaseUrl.AbsoluteUri,
        ApiKey = ApiKey,
        BulkBatchSize = batchSize,
        BulkConcurrency = concurrency,
        ValidateBeforeSending = validate,
    };
}
