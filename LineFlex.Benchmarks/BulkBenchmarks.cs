using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>Workload 7: 10,000 messages through SendAllAsync to the sandbox, against raw HttpClient posting prebuilt batches with the same concurrency.</summary>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    public const int Messages = 10_000;
    public const int BatchSize = 100;
    public const int Concurrency = 4;
    private SandboxTarget _target = null!;
    private LineMessage[] _messages = null!;
    private byte[][] _batches = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _target = await SandboxTarget.StartAsync(BatchSize, Concurrency);
        _messages = Enumerable.Range(0, Messages).Select(Workloads.BulkMessage).ToArray();
        _batches = _messages.Chunk(BatchSize).Select(batch => FlexJson.SerializeToUtf8Bytes(new LineRequest { Messages = ValueList.From(batch) })).ToArray();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _target.DisposeAsync();

    [Benchmark(Baseline = true, Description = "raw HttpClient, prebuilt batches")]
    public async Task<int> RawHttpClient()
    {
        var accepted = 0;
        await Parallel.ForEachAsync(_batches, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (body, token) =>
        {
            await _target.PostRawAsync(body, token);
            Interlocked.Add(ref accepted, BatchSize);
        });
        return accepted;
    }

    [Benchmark(Description = "LineFlex SendAllAsync")]
    public async Task<int> LineFlex() => (await _target.Client.SendAllAsync(_messages)).Accepted;

    [Benchmark(Description = "LineFlex SendAllAsync, validation off")]
    public async Task<int> LineFlexUnvalidated() => (await _target.Unvalidated.SendAllAsync(_messages)).Accepted;
}
