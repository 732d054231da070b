using FluentValidation;

namespace LineFlex;

/// <summary>Validates a message's <c>webhooks</c>.</summary>
internal sealed class WebhooksValidator : AbstractValidator<MessageWebhooks>
{
    public WebhooksValidator()
    {
        RuleFor(x => x.Delivery).SetValidator(new DeliveryWebhookValidator()!);
        RuleFor(x => x.ContentType)
            .Must(type => type is null or "application/json" or "application/xml")
            .WithMessage((_, type) => $"contentType \"{RuleExtensions.Shorten(type!)}\" is not one Infobip sends; use application/json or application/xml.")
            .As(FlexRules.WebhookContentType);
        RuleFor(x => x.CallbackData).MaxChars(FlexRules.CallbackDataLength, "callbackData", 4000);
    }
}
