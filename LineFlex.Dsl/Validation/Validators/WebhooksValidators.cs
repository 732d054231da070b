namespace LineFlex;

// The rules of a message's webhooks.

/// <summary>Validates a message's <c>webhooks</c>.</summary>
internal sealed class WebhooksValidator() : NodeValidator<MessageWebhooks>(Check)
{
    public static void Check<T>(MessageWebhooks webhooks, NodeChecks<T> c)
    {
        if (webhooks.ContentType is { } type and not ("application/json" or "application/xml"))
        {
            c.Refuse(FlexRules.WebhookContentType, "contentType", type, "is not one Infobip sends; use application/json or application/xml.");
        }

        c.MaxChars(FlexRules.CallbackDataLength, "callbackData", webhooks.CallbackData);
        c.Child(webhooks.Delivery, "delivery", DeliveryWebhookValidator.Check);
    }
}

/// <summary>Validates <c>webhooks.delivery</c>.</summary>
internal sealed class DeliveryWebhookValidator() : NodeValidator<DeliveryWebhook>(Check)
{
    public static void Check<T>(DeliveryWebhook delivery, NodeChecks<T> c)
    {
        if (delivery.Url is { } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            c.Refuse(FlexRules.WebhookUrl, "url", url, "is not an absolute http(s) URL that Infobip can post delivery reports to.");
        }
    }
}
