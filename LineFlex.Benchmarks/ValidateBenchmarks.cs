using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>Workload 3: validate the seed request with the full rule set, against serializing it.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly FlexValidator _validator = new();
    private LineRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = Workloads.SeedRequest();

    [Benchmark(Baseline = true, Description = "LineFlex serialize")]
    public string Serialize() => FlexJson.Serialize(_request);

    [Benchmark(Description = "LineFlex validate")]
    public FlexValidationReport Validate() => _validator.Validate(_request);
}
