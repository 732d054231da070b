using BenchmarkDotNet.Attributes;
using LineFlex.Benchmarks.Baselines;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Benchmarks;

/// <summary>Workload 4: parse the seed request's JSON into the model, against JObject.Parse and a plain class.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string _json = Workloads.SeedJson;

    [Benchmark(Baseline = true, Description = "JObject.Parse")]
    public JObject JObjectParse() => JObject.Parse(_json);

    [Benchmark(Description = "LineFlex FlexJson.Deserialize")]
    public LineRequest LineFlex() => FlexJson.Deserialize<LineRequest>(_json);

    [Benchmark(Description = "JsonConvert into plain classes")]
    public PlainRequest? PlainClasses() => JsonConvert.DeserializeObject<PlainRequest>(_json);
}
