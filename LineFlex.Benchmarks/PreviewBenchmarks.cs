using BenchmarkDotNet.Attributes;
using LineFlex.Cli.Demo;

namespace LineFlex.Benchmarks;

/// <summary>Workload 8: render the seed bubble as an HTML preview (validating it too), against serializing it.</summary>
[MemoryDiagnoser]
public class PreviewBenchmarks
{
    private static readonly PreviewOptions Offline = new() { LoadImages = false };
    private FlexBubble _bubble = null!;

    [GlobalSetup]
    public void Setup() => _bubble = PurchaseComplete.Bubble();

    [Benchmark(Baseline = true, Description = "LineFlex serialize the bubble")]
    public string Serialize() => FlexJson.Serialize(_bubble);

    [Benchmark(Description = "LineFlex preview the bubble")]
    public string Preview() => FlexPreview.Render(_bubble, Offline);
}
