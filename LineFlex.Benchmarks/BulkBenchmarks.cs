using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using LineFlex.Sandbox;

namespace LineFlex.Benchmarks;

/// <summary>Workload 7: 10,000 messages through SendAllAsync to the sandbox, against raw HttpClient posting prebuilt batches with the same concurrency.</summary>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    public const int Messages = 10_000;
    public const int BatchSize = 100;
    public const int Concurrency = 4;
    private const string ApiKey = "benchmark-key";
    private SandboxServer _sandbox = null!;
    private LineFlexClient _client = null!;
    private LineFlexClient _unvalidated = null!;
    private HttpClient _http = null!;
    private LineMessage[] _messages = null!;
    private byte[][] _batches = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromDays(1) });
        _client = new LineFlexClient(new LineFlexOptions
        {
            BaseUrl = _sandbox.BaseUrl.AbsoluteUri,
            ApiKey = ApiKey,
            BulkBatchSize = BatchSize,
            BulkConcurrency = Concurrency,
        });
        _unvalidated = new LineFlexClient(new LineFlexOptions
        {
            BaseUrl = _sandbox.BaseUrl.AbsoluteUri,
            ApiKey = ApiKey,
            BulkBatchSize = BatchSize,
            BulkConcurrency = Concurrency,
            ValidateBeforeSending = false,
        });
        _http = new HttpClient { BaseAddress = _sandbox.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", ApiKey);
        _messages = Enumerable.Range(0, Messages).Select(Workloads.BulkMessage).ToArray();
        _batches = _messages.Chunk(BatchSize).Select(batch => FlexJson.SerializeToUtf8Bytes(new LineRequest { Messages = ValueList.From(batch) })).ToArray();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        _unvalidated.Dispose();
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient, prebuilt batches")]
    public async Task<int> RawHttpClient()
    {
        var accepted = 0;
        await Parallel.ForEachAsync(_batches, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (body, token) =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync("line/1/messages", content, token);
            response.EnsureSuccessStatusCode();
            Interlocked.Add(ref accepted, BatchSize);
        });
        return accepted;
    }

    [Benchmark(Description = "LineFlex SendAllAsync")]
    public async Task<int> LineFlex() => (await _client.SendAllAsync(_messages)).Accepted;

    [Benchmark(Description = "LineFlex SendAllAsync, validation off")]
    public async Task<int> LineFlexUnvalidated() => (await _unvalidated.SendAllAsync(_messages)).Accepted;
}
