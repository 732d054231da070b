using System.Text.Json;

namespace LineFlex;

/// <summary>
/// A request to send one LINE notification, published to the broker by any service and sent by a worker host
/// (<see cref="WorkerServiceCollectionExtensions.AddLineFlexWorkers"/>). Either a registered template's name with its
/// model as JSON, or a ready message as wire JSON; one destination; a message id that makes a repeated request a
/// duplicate instead of a second send. Make one with <see cref="ForTemplate{TModel}"/> or <see cref="ForMessage"/>.
/// </summary>
/// <remarks>See docs/scale-out.md.</remarks>
public sealed record NotificationRequest
{
    /// <summary>
    /// The message's id: the ledger's key and the <c>messageId</c> Infobip gets, so a request published twice
    /// is sent once. The factories assign a new one when none is given; a request without one gets the id of the
    /// broker message that carried it (the same on every redelivery).
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>The campaign it belongs to, for <c>lineflex campaign status</c>; null for none.</summary>
    public string? CampaignId { get; init; }

    /// <summary>The destination phone number (<c>to</c>), with its country code (<c>66812345678</c>).</summary>
    public string? To { get; init; }

    /// <summary>The LINE Official Account id; null takes <see cref="LineFlexWorkerOptions.Sender"/>.</summary>
    public string? Sender { get; init; }

    /// <summary>The registered template's name (<c>order-shipped</c>), with <see cref="Model"/>; null when <see cref="Message"/> is given.</summary>
    public string? Template { get; init; }

    /// <summary>The template's model as JSON (System.Text.Json, web defaults).</summary>
    public string? Model { get; init; }

    /// <summary>A ready message as its wire JSON (<see cref="FlexJson"/>), without destinations; null when <see cref="Template"/> is given.</summary>
    public string? Message { get; init; }

    /// <summary>The JSON options template models are written and read with: System.Text.Json's web defaults.</summary>
    public static JsonSerializerOptions ModelJson { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>A request to send <paramref name="template"/>'s message for <paramref name="model"/> to <paramref name="to"/>.</summary>
    /// <param name="template">The registered template's name.</param>
    /// <param name="model">The model, written as JSON with <see cref="ModelJson"/>.</param>
    /// <param name="to">The destination phone number.</param>
    /// <param name="messageId">The message id; null assigns a new one.</param>
    /// <param name="campaignId">The campaign, if any.</param>
    /// <exception cref="ArgumentException">The template name or the destination is empty.</exception>
    public static NotificationRequest ForTemplate<TModel>(string template, TModel model, string to, string? messageId = null, string? campaignId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        return Addressed(to, messageId, campaignId) with { Template = template, Model = JsonSerializer.Serialize(model, ModelJson) };
    }

    /// <summary>A request to send a ready <paramref name="message"/> (its destinations, if any, are replaced) to <paramref name="to"/>.</summary>
    /// <param name="message">The message; its sender, when set, is kept.</param>
    /// <param name="to">The destination phone number.</param>
    /// <param name="messageId">The message id; null assigns a new one.</param>
    /// <param name="campaignId">The campaign, if any.</param>
    /// <exception cref="ArgumentException">The destination is empty.</exception>
    public static NotificationRequest ForMessage(LineMessage message, string to, string? messageId = null, string? campaignId = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Addressed(to, messageId, campaignId) with { Message = FlexJson.Serialize(message with { Destinations = null }) };
    }

    private static NotificationRequest Addressed(string to, string? messageId, string? campaignId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        return new NotificationRequest { MessageId = messageId ?? NewMessageId(), CampaignId = campaignId, To = to };
    }

    /// <summary>A new message id: 32 hexadecimal digits.</summary>
    public static string NewMessageId() => Guid.NewGuid().ToString("N");
}
