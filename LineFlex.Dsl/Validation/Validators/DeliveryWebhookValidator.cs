using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>webhooks.delivery</c>.</summary>
internal sealed class DeliveryWebhookValidator : AbstractValidator<DeliveryWebhook>
{
    public DeliveryWebhookValidator() =>
        RuleFor(x => x.Url)
            .Must(url => url is null
                || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            .WithMessage((_, url) => $"url \"{RuleExtensions.Shorten(url!)}\" is not an absolute http(s) URL that Infobip can post delivery reports to.")
            .As(FlexRules.WebhookUrl);
}
