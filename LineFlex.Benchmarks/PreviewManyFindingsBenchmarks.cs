using System.Text;
using BenchmarkDotNet.Attributes;

namespace LineFlex.Benchmarks;

/// <summary>
/// Render a bubble of many texts, each with a finding: marking the findings on their components must take time in
/// proportion to them (10x the findings, about 10x the time), not to findings times components.
/// </summary>
[MemoryDiagnoser]
public class PreviewManyFindingsBenchmarks
{
    private FlexBubble _bubble = null!;

    /// <summary>How many TEXT components, each with an unknown colour keyword (one finding each).</summary>
    [Params(2_000, 20_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = new StringBuilder("""{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","contents":[""");
        for (var i = 0; i < Findings; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("""{"type":"TEXT","text":"t","color":"red"}""");
        }

        _bubble = FlexJson.Deserialize<FlexBubble>(json.Append("]}}").ToString());
    }

    [Benchmark(Description = "LineFlex preview a bubble with one finding per text")]
    public string PreviewManyFindings() => FlexPreview.Render(_bubble, new PreviewOptions { LoadImages = false });
}
