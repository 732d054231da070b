using BenchmarkDotNet.Attributes;
using LineFlex.Benchmarks.Baselines;
using Newtonsoft.Json.Linq;

namespace LineFlex.Benchmarks;

/// <summary>
/// Workload 5: a body of 1 to 1,000 rows (a horizontal box with two texts each), built with one lambda per row as
/// users write it: cost must grow linearly. Every contender writes the same bytes; the ratios are to the
/// hand-written writer at the same size; parsing is also timed against <c>JObject.Parse</c> of the same JSON. The Min
/// column, the fastest iteration, is the cost least touched by a shared machine's load.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
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

    [Benchmark(Baseline = true, Description = "hand-written JsonTextWriter")]
    public string HandWritten() => RowsBaselines.HandWritten(Rows);

    [Benchmark(Description = "build + serialize")]
    public string BuildAndSerialize() => FlexJson.Serialize(Workloads.Rows(Rows));

    [Benchmark(Description = "naive: anonymous objects + JsonConvert")]
    public string Anonymous() => RowsBaselines.Anonymous(Rows);

    [Benchmark(Description = "peer: mutable classes + JsonConvert")]
    public string MutableClasses() => RowsBaselines.MutableClasses(Rows);

    [Benchmark(Description = "serialize")]
    public string Serialize() => FlexJson.Serialize(_request);

    [Benchmark(Description = "validate")]
    public FlexValidationReport Validate() => _validator.Validate(_request);

    [Benchmark(Description = "parse")]
    public LineRequest Parse() => FlexJson.Deserialize<LineRequest>(_json);

    [Benchmark(Description = "JObject.Parse of the same JSON")]
    public JObject JObjectParse() => JObject.Parse(_json);
}
