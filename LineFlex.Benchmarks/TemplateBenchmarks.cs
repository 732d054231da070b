using BenchmarkDotNet.Attributes;
using LineFlex.Gallery;

namespace LineFlex.Benchmarks;

/// <summary>
/// Workload 10: a gallery template's full path for one message of a ten-row bubble (the order confirmation of eight
/// items: the order's row, the eight items' and the total's), as a send does it: render the message from the model,
/// validate the request, check it against the template's approved shape, and write its UTF-8 bytes. Each step is also
/// timed alone, so the whole path's cost can be read step by step.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class TemplateBenchmarks
{
    private static readonly OrderConfirmation Template = new();

    /// <summary>Eight items, no discount: a body of ten rows.</summary>
    public static readonly Order Model = new(
        Language.English,
        "US-10295",
        [.. Enumerable.Range(1, OrderConfirmation.MaxLines).Select(i => new OrderLine($"Tea sampler no. {i}", 1, "$4.00"))],
        Discount: null,
        "$32.00",
        "https://example.com/orders/US-10295");

    private readonly FlexValidator _validator = new();
    private readonly ApprovedTemplates _approvals = new(ApprovedShape.Of(Template));
    private LineRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = Render();

    /// <summary>The approvals the path checks against: the template's own shapes.</summary>
    public ApprovedTemplates Approvals => _approvals;

    [Benchmark(Baseline = true, Description = "render + validate + approval check + serialize to UTF-8")]
    public byte[] FullPath()
    {
        var request = Render();
        _validator.Validate(request).ThrowIfInvalid();
        if (!_approvals.Check(request.Messages![0]).Conforms)
        {
            throw new InvalidOperationException("The message does not keep to its approved shape.");
        }

        return FlexJson.SerializeToUtf8Bytes(request);
    }

    [Benchmark(Description = "render")]
    public LineRequest Render() => Flex.Request()
        .Message(m => m.Sender("OFFICIAL-ACCOUNT-ID-123").To("66855538125").Template(Template, Model))
        .Build();

    [Benchmark(Description = "validate")]
    public FlexValidationReport Validate() => _validator.Validate(_request);

    [Benchmark(Description = "approval check")]
    public ConformanceResult ApprovalCheck() => _approvals.Check(_request.Messages![0]);

    [Benchmark(Description = "serialize to UTF-8")]
    public byte[] SerializeToUtf8() => FlexJson.SerializeToUtf8Bytes(_request);
}
