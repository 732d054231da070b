namespace LineFlex;

/// <summary>A time of day in UTC (<c>from</c>, <c>to</c> of a delivery time window).</summary>
[FlexNode(Noun = "a time of day")]
public sealed partial record DeliveryTime
{
    /// <summary><c>hour</c> (required, 0..23).</summary>
    [Wire(Required = true)] public int? Hour { get; init; }

    /// <summary><c>minute</c> (required, 0..59).</summary>
    [Wire(Required = true)] public int? Minute { get; init; }
}
