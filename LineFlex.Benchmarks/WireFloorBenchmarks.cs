using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LineFlex.Benchmarks.Baselines;

namespace LineFlex.Benchmarks;

/// <summary>
/// Workload 9, the wire floor: the rows workload's UTF-8 bytes, what actually goes on the wire, against the fastest code
/// written by hand for them: System.Text.Json's <see cref="Utf8JsonWriter"/> for writing (the "write" category's
/// baseline) and <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> for reading (the "read"
/// category's). Every writer gives the same bytes and every reader reads them (WorkloadEquivalenceTests).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WireFloorBenchmarks
{
    private LineRequest _request = null!;
    private byte[] _utf8 = null!;
    private string _json = null!;

    [Params(1, 10, 100, 1000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = Workloads.Rows(Rows);
        _utf8 = FlexJson.SerializeToUtf8Bytes(_request);
        _json = FlexJson.Serialize(_request);
    }

    [Benchmark(Baseline = true, Description = "hand-written Utf8JsonWriter")]
    [BenchmarkCategory("write")]
    public byte[] Utf8Writer() => Utf8RowsBaseline.Serialize(Rows);

    [Benchmark(Description = "serialize to UTF-8")]
    [BenchmarkCategory("write")]
    public byte[] SerializeToUtf8() => FlexJson.SerializeToUtf8Bytes(_request);

    [Benchmark(Description = "build + serialize to UTF-8")]
    [BenchmarkCategory("write")]
    public byte[] BuildAndSerializeToUtf8() => FlexJson.SerializeToUtf8Bytes(Workloads.Rows(Rows));

    /// <summary>The same tree made with the records' initializers, without a builder, and written: the floor of build + serialize for this model.</summary>
    [Benchmark(Description = "records + serialize to UTF-8")]
    [BenchmarkCategory("write")]
    public byte[] RecordsAndSerializeToUtf8() => FlexJson.SerializeToUtf8Bytes(Workloads.RowsFromRecords(Rows));

    [Benchmark(Description = "serialize to a string")]
    [BenchmarkCategory("write")]
    public string Serialize() => FlexJson.Serialize(_request);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    [BenchmarkCategory("read")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetProperty("messages").GetArrayLength();
    }

    [Benchmark(Description = "parse UTF-8")]
    [BenchmarkCategory("read")]
    public LineRequest ParseUtf8() => FlexJson.Deserialize<LineRequest>(_utf8.AsSpan());

    [Benchmark(Description = "parse a string")]
    [BenchmarkCategory("read")]
    public LineRequest ParseString() => FlexJson.Deserialize<LineRequest>(_json);
}
