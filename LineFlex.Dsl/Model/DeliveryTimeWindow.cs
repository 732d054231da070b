namespace LineFlex;

/// <summary><c>deliveryTimeWindow</c>: the days, and optionally the UTC hours, in which delivery may happen.</summary>
[FlexNode(Builder = typeof(DeliveryTimeWindowBuilder), Noun = "a delivery time window")]
public sealed partial record DeliveryTimeWindow
{
    /// <summary><c>days</c> (required, at least one).</summary>
    [Wire(Required = true)] public ValueList<DeliveryDay>? Days { get; init; }

    /// <summary><c>from</c>: when the window opens (UTC); set both <see cref="From"/> and <see cref="To"/> or neither, at least an hour apart.</summary>
    public DeliveryTime? From { get; init; }

    /// <summary><c>to</c>: when the window closes (UTC).</summary>
    public DeliveryTime? To { get; init; }
}
