using BenchmarkDotNet.Attributes;
using LineFlex.Benchmarks.Baselines;

namespace LineFlex.Benchmarks;

/// <summary>
/// Workload 5 per row: every call handles 1,000 rows, as 100 requests of 10 rows, 10 of 100 or one of 1,000, so the
/// Mean and Allocated columns are per row and should be the same at every size. JSON is written to
/// <see cref="Output"/>, which is <see cref="TextWriter.Null"/> unless a test sets it: a 1,000-row request is about
/// 730 KB of text, which as one string would land in the large object heap and bring full collections that measure
/// the garbage collector rather than the work. The Min column is the fastest iteration: on a shared machine the
/// noise only ever adds time, so the minimum of many iterations is the cost least touched by it (see
/// docs/performance.md, "Time per row").
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class PerRowBenchmarks
{
    private const int RowsPerCall = 1000;

    private readonly FlexValidator _validator = new();
    private LineRequest _request = null!;
    private string _json = null!;

    [Params(10, 100, 1000)]
    public int Rows { get; set; }

    /// <summary>Where the JSON goes; a test gives a <see cref="StringWriter"/> to compare what each contender wrote.</summary>
    public TextWriter Output { get; set; } = TextWriter.Null;

    /// <summary>How many requests of <see cref="Rows"/> rows make the 1,000 rows of one call.</summary>
    public int Requests => RowsPerCall / Rows;

    [GlobalSetup]
    public void Setup()
    {
        _request = Workloads.Rows(Rows);
        _json = FlexJson.Serialize(_request);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerCall, Description = "hand-written JsonTextWriter")]
    public void HandWritten()
    {
        for (var i = 0; i < Requests; i++)
        {
            RowsBaselines.HandWritten(Rows, Output);
        }
    }

    [Benchmark(OperationsPerInvoke = RowsPerCall, Description = "build")]
    public LineRequest Build()
    {
        var request = _request;
        for (var i = 0; i < Requests; i++)
        {
            request = Workloads.Rows(Rows);
        }

        return request;
    }

    [Benchmark(OperationsPerInvoke = RowsPerCall, Description = "build + serialize")]
    public void BuildAndSerialize()
    {
        for (var i = 0; i < Requests; i++)
        {
            FlexJson.Serialize(Output, Workloads.Rows(Rows));
        }
    }

    [Benchmark(OperationsPerInvoke = RowsPerCall, Description = "serialize")]
    public void Serialize()
    {
        for (var i = 0; i < Requests; i++)
        {
            FlexJson.Serialize(Output, _request);
        }
    }

    [Benchmark(OperationsPerInvoke = RowsPerCall, Description = "validate")]
    public int Validate()
    {
        var findings = 0;
        for (var i = 0; i < Requests; i++)
        {
            findings += _validator.Validate(_request).Errors.Count;
        }

        return findings;
    }

    [Benchmark(OperationsPerInvoke = RowsPerCall, Description = "parse")]
    public LineRequest Parse()
    {
        var request = _request;
        for (var i = 0; i < Requests; i++)
        {
            request = FlexJson.Deserialize<LineRequest>(_json);
        }

        return request;
    }
}
