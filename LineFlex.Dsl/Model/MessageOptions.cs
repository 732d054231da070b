namespace LineFlex;

/// <summary>A message's <c>options</c>.</summary>
[FlexNode(Builder = typeof(MessageBuilder), Noun = "message options")]
public sealed partial record MessageOptions
{
    /// <summary><c>platform</c>: the entity and application the message belongs to.</summary>
    public PlatformOptions? Platform { get; init; }

    /// <summary><c>validityPeriod</c>: how long Infobip tries to deliver (at most 48 hours).</summary>
    public ValidityPeriod? ValidityPeriod { get; init; }

    /// <summary><c>deliveryTimeWindow</c>: the days and hours delivery may happen.</summary>
    public DeliveryTimeWindow? DeliveryTimeWindow { get; init; }

    /// <summary><c>campaignReferenceId</c> (0..255 characters).</summary>
    [Setter] public string? CampaignReferenceId { get; init; }

    /// <summary><c>smsFailover</c>: an SMS sent when the LINE message cannot be delivered.</summary>
    public SmsFailover? SmsFailover { get; init; }
}
