namespace LineFlex;

/// <summary>Builds a message's <see cref="MessageWebhooks"/>.</summary>
public sealed partial class WebhooksBuilder : IFlexBuilder
{
    // The state is one field per property of MessageWebhooks, generated with the plain setters
    // ContentType and CallbackData (WebhooksBuilder.g.cs).
    internal WebhooksBuilder()
    {
    }

    /// <summary>Sets <c>delivery</c>: the URL that receives delivery reports, and what is reported.</summary>
    public WebhooksBuilder Delivery(string url, bool? intermediateReport = null, bool? notify = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        _delivery = new DeliveryWebhook { Url = url, IntermediateReport = intermediateReport, Notify = notify };
        return this;
    }

    internal MessageWebhooks Build() => BuildMessageWebhooks();
}
