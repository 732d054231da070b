using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>webhooks.delivery</c>.</summary>
internal sealed class DeliveryWebhookValidator : AbstractValidator<DeliveryWebhook>
{
    public DeliveryWebhookValidator() =>
        this.Checks((delivery, c) =>
        {
            if (delivery.Url is { } url
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                c.Fail(FlexRules.WebhookUrl, "url", $"url \"{FlexLimits.Excerpt(url)}\" is not an absolute http(s) URL that Infobip can post delivery reports to.", url);
            }
        });
}
