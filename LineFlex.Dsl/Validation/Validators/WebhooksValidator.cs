using FluentValidation;

namespace LineFlex;

/// <summary>Validates a message's <c>webhooks</c>.</summary>
internal sealed class WebhooksValidator : AbstractValidator<MessageWebhooks>
{
    public WebhooksValidator()
    {
        this.Checks((webhooks, c) =>
        {
            if (webhooks.ContentType is { } type and not ("application/json" or "application/xml"))
            {
                c.Fail(
                    FlexRules.WebhookContentType,
                    "contentType",
                    $"contentType \"{FlexLimits.Excerpt(type)}\" is not one Infobip sends; use application/json or application/xml.",
                    type);
            }

            c.MaxChars(FlexRules.CallbackDataLength, "callbackData", webhooks.CallbackData, 4000);
        });
        RuleFor(x => x.Delivery).SetValidator(new DeliveryWebhookValidator()!);
    }
}
