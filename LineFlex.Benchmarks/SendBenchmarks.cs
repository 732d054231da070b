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

    /// <summary>
    /// How many messages each contender sends before BenchmarkDotNet's own warm-up. A send runs hundreds of methods (the
    /// client, Flurl, Polly, the sandbox's parser and validator, ASP.NET Core) that the tiered compiler optimizes over
    /// seconds of calls; ten warm-up iterations were not enough for 100 messages (in one short run LineFlex's warm-ups
    /// went from 44 ms to 11 ms a call and still fell during the measured iterations). Every contender sends as many, so
    /// the sandbox, which keeps each accepted message until its delivery time, holds as many when the measuring starts.
    /// </summary>
    private const int WarmUpMessages = 20_000;
    /// <summary>Starts the sandbox and builds the request and its bytes.</summary>
    public async Task Setup()
    {
        _target = await SandboxTarget.StartAsync();
        _request = new LineRequest { Messages = ValueList.From(Enumerable.Range(0, Messages).Select(Workloads.BulkMessage)) };
        _body = FlexJson.SerializeToUtf8Bytes(_request);
    }

    [GlobalSetup(Target = nameof(RawHttpClient))]
    public Task SetupRawHttpClient() => SetupAndWarmUp(RawHttpClient);

    [GlobalSetup(Target = nameof(LineFlex))]
    public Task SetupLineFlex() => SetupAndWarmUp(LineFlex);

    [GlobalSetup(Target = nameof(LineFlexUnvalidated))]
    public Task SetupLineFlexUnvalidated() => SetupAndWarmUp(LineFlexUnvalidated);

    private async Task SetupAndWarmUp(Func<Task> send)
    {
        await Setup();
        for (var sent = 0; sent < WarmUpMessages; sent += Messages)
        {
            await send();
        }
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
