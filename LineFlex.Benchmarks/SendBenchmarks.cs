using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>Workload 6: one request of 1 or 100 messages to the in-process sandbox over loopback, against a raw HttpClient posting the same bytes.</summary>
[MemoryDiagnoser]
public class SendBenchmarks
{
    private SandboxTarget _target = null!;
    private LineRequest _request = null!;
    private byte[] _body = null!;

    /// <summary>How many messages the request holds.</summary>
    [Params(1, 100)]
    public int Messages { get; set; } = 100;

    [GlobalSetup]
    public async Task Setup()
    {
        _target = await SandboxTarget.StartAsync();
        _request = new LineRequest { Messages = ValueList.From(Enumerable.Range(0, Messages).Select(Workloads.BulkMessage)) };
        _body = FlexJson.SerializeToUtf8Bytes(_request);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _target.DisposeAsync();

    [Benchmark(Baseline = true, Description = "raw HttpClient, prebuilt bytes")]
    public Task<string> RawHttpClient() => _target.PostRawAsync(_body);

    [Benchmark(Description = "LineFlex SendAsync")]
    public Task<SendResult> LineFlex() => _target.Client.SendAsync(_request);

    [Benchmark(Description = "LineFlex SendAsync, validation off")]
    public Task<SendResult> LineFlexUnvalidated() => _target.Unvalidated.SendAsync(_request);
}
