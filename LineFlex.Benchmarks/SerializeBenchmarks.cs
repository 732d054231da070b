using BenchmarkDotNet.Attributes;
using LineFlex.Benchmarks.Baselines;
using Newtonsoft.Json;

namespace LineFlex.Benchmarks;

/// <summary>Workload 1: serialize the seed request, model built once, against the hand-written floor and what teams write instead.</summary>
[MemoryDiagnoser]
public class SerializeBenchmarks
{
    private LineRequest _request = null!;
    private object _anonymous = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = Workloads.SeedRequest();
        _anonymous = AnonymousSeedRequest.Build();
    }

    [Benchmark(Baseline = true, Description = "hand-written JsonTextWriter")]
    public string HandWritten() => HandWrittenSeedWriter.Serialize();

    [Benchmark(Description = "LineFlex FlexJson.Serialize")]
    public string LineFlex() => FlexJson.Serialize(_request);

    [Benchmark(Description = "anonymous objects + JsonConvert")]
    public string AnonymousObjects() => JsonConvert.SerializeObject(_anonymous);

    [Benchmark(Description = "JObject built and written")]
    public string JObjectTree() => JObjectSeedRequest.Build().ToString(Formatting.None);
}
