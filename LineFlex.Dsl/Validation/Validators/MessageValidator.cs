using FluentValidation;

namespace LineFlex;

/// <summary>Validates a message: sender, destinations, content, options and webhooks.</summary>
internal sealed class MessageValidator : AbstractValidator<LineMessage>
{
    public MessageValidator(BubbleValidator bubble)
    {
        RuleFor(x => x.Sender).RequiredText(FlexRules.SenderRequired, "sender");
        RuleFor(x => x.Destinations).NotEmptyList(FlexRules.DestinationsRequired, "destinations");
        RuleFor(x => x.Destinations).NoNullItems("destination");
        RuleForEach(x => x.Destinations).SetValidator(new DestinationValidator());
        RuleFor(x => x.Content).Required(FlexRules.ContentRequired, "content");
        RuleFor(x => x.Content).SetValidator(new ContentValidator(bubble)!);
        RuleFor(x => x.Options).SetValidator(new MessageOptionsValidator()!);
        RuleFor(x => x.Webhooks).SetValidator(new WebhooksValidator()!);
    }
}
