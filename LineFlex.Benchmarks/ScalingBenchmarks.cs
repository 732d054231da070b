using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>Workload 5: a body of 1 to 1,000 rows (a horizontal box with two texts each): cost must grow linearly.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly FlexValidator _validator = new();
    private LineRequest _request = null!;
    private string _json = null!;

    [Params(1, 10, 100, 1000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = Workloads.Rows(Rows);
        _json = FlexJson.Serialize(_request);
    }

    [Benchmark(Description = "serialize")]
    public string Serialize() => FlexJson.Serialize(_request);

    [Benchmark(Description = "validate")]
    public FlexValidationReport Validate() => _validator.Validate(_request);

    [Benchmark(Description = "parse")]
    public LineRequest Parse() => FlexJson.Deserialize<LineRequest>(_json);
}
