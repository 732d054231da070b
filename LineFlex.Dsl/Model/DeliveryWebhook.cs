namespace LineFlex;

/// <summary><c>webhooks.delivery</c>: the endpoint that receives delivery reports.</summary>
[FlexNode(Noun = "a delivery webhook")]
public sealed partial record DeliveryWebhook
{
    /// <summary><c>url</c>: an absolute http(s) URL on your server.</summary>
    public string? Url { get; init; }

    /// <summary><c>intermediateReport</c>: also send intermediate reports (default false).</summary>
    public bool? IntermediateReport { get; init; }

    /// <summary><c>notify</c>: false sends no delivery report at all.</summary>
    public bool? Notify { get; init; }
}
