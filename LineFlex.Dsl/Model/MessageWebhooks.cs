namespace LineFlex;

/// <summary>A message's <c>webhooks</c>: where and how its delivery reports are sent.</summary>
[FlexNode(Builder = typeof(WebhooksBuilder), Noun = "webhooks")]
public sealed partial record MessageWebhooks
{
    /// <summary><c>delivery</c>: the delivery report endpoint.</summary>
    public DeliveryWebhook? Delivery { get; init; }

    /// <summary><c>contentType</c>: <c>application/json</c> or <c>application/xml</c>.</summary>
    [Setter] public string? ContentType { get; init; }

    /// <summary><c>callbackData</c> (0..4000 characters): echoed into the delivery report.</summary>
    [Setter] public string? CallbackData { get; init; }
}
