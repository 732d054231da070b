using BenchmarkDotNet.Attributes;
using LineFlex.Benchmarks.Baselines;
using Newtonsoft.Json;

namespace LineFlex.Benchmarks;

/// <summary>Workload 2: the builder code for the seed request, plus serialization.</summary>
[MemoryDiagnoser]
public class BuildAndSerializeBenchmarks
{
    [Benchmark(Baseline = true, Description = "hand-written JsonTextWriter")]
    public string HandWritten() => HandWrittenSeedWriter.Serialize();

    [Benchmark(Description = "LineFlex build + serialize")]
    public string LineFlex() => FlexJson.Serialize(Workloads.SeedRequest());

    [Benchmark(Description = "anonymous objects built + JsonConvert")]
    public string AnonymousObjects() => JsonConvert.SerializeObject(AnonymousSeedRequest.Build());
}
