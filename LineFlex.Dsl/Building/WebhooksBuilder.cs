namespace LineFlex;

/// <summary>Builds a message's <see cref="MessageWebhooks"/>.</summary>
public sealed class WebhooksBuilder
{
    private MessageWebhooks _webhooks = new();

    internal WebhooksBuilder()
    {
    }

    /// <summary>Sets <c>delivery</c>: the URL that receives delivery reports, and what is reported.</summary>
    public WebhooksBuilder Delivery(string url, bool? intermediateReport = null, bool? notify = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        _webhooks = _webhooks with { Delivery = new DeliveryWebhook { Url = url, IntermediateReport = intermediateReport, Notify = notify } };
        return this;
    }

    /// <summary>Sets <c>contentType</c>: <c>application/json</c> or <c>application/xml</c>.</summary>
    public WebhooksBuilder ContentType(string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        _webhooks = _webhooks with { ContentType = contentType };
        return this;
    }

    /// <summary>Sets <c>callbackData</c>: echoed into every delivery report of the message.</summary>
    public WebhooksBuilder CallbackData(string callbackData)
    {
        ArgumentNullException.ThrowIfNull(callbackData);
        _webhooks = _webhooks with { CallbackData = callbackData };
        return this;
    }

    internal MessageWebhooks Build() => _webhooks;
}
