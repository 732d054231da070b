namespace LineFlex;

/// <summary>
/// One message's delivery report, as Infobip posts it to the <c>webhooks.delivery.url</c> of a send
/// (schema <c>DeliveryReport</c>). Every property is nullable because Infobip may leave any of them out;
/// read reports with <see cref="DeliveryReportParser"/>.
/// </summary>
public sealed record DeliveryReport
{
    /// <summary>The id of the bulk the message was sent in (<c>bulkId</c>).</summary>
    public string? BulkId { get; init; }

    /// <summary>The message's id, as returned by the send (<c>messageId</c>).</summary>
    public string? MessageId { get; init; }

    /// <summary>The destination phone number (<c>to</c>).</summary>
    public string? To { get; init; }

    /// <summary>The sender the message went out from (<c>sender</c>).</summary>
    public string? Sender { get; init; }

    /// <summary>When the message was sent (<c>sentAt</c>), with the offset Infobip gave.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When Infobip finished processing the message (<c>doneAt</c>): delivered, expired, rejected, ...</summary>
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>How many messages were sent (<c>messageCount</c>).</summary>
    public int? MessageCount { get; init; }

    /// <summary>The mobile country and network codes (<c>mccMnc</c>), such as <c>22801</c>.</summary>
    public string? MccMnc { get; init; }

    /// <summary>The <c>callbackData</c> given when the message was sent, echoed back unchanged.</summary>
    public string? CallbackData { get; init; }

    /// <summary>The id of the campaign the message belonged to (<c>campaignReferenceId</c>).</summary>
    public string? CampaignReferenceId { get; init; }

    /// <summary>What the message cost (<c>price</c>).</summary>
    public DeliveryPrice? Price { get; init; }

    /// <summary>Where the message ended up (<c>status</c>): delivered, undeliverable, expired, ...</summary>
    public DeliveryStatus? Status { get; init; }

    /// <summary>Why delivery failed, or <c>OK</c> when it did not (<c>error</c>).</summary>
    public DeliveryError? Error { get; init; }

    /// <summary>The CPaaS X entity and application the message was sent for (<c>platform</c>).</summary>
    public DeliveryPlatform? Platform { get; init; }
}
