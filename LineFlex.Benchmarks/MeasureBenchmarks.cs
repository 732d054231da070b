using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>The size budget: measuring a bubble (its total, its blocks, its heaviest parts) against serializing it.</summary>
[MemoryDiagnoser]
public class MeasureBenchmarks
{
    private FlexBubble _seed = null!;
    private FlexBubble _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Workloads.SeedRequest().Messages![0].Content!.Contents!;
        _rows = Workloads.Rows(100).Messages![0].Content!.Contents!;
    }

    [Benchmark(Baseline = true, Description = "serialize the seed bubble")]
    public string SerializeSeed() => FlexJson.Serialize(_seed);

    [Benchmark(Description = "measure the seed bubble")]
    public FlexSizeReport MeasureSeed() => _seed.Measure();

    [Benchmark(Description = "serialize a bubble of 100 rows")]
    public string SerializeRows() => FlexJson.Serialize(_rows);

    [Benchmark(Description = "measure a bubble of 100 rows")]
    public FlexSizeReport MeasureRows() => _rows.Measure();
}
