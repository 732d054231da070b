using FluentValidation;

namespace LineFlex;

/// <summary>Validates a message: sender, destinations, content, options and webhooks.</summary>
internal sealed class MessageValidator : AbstractValidator<LineMessage>
{
    public MessageValidator(BubbleValidator bubble)
    {
        this.Checks((message, c) =>
        {
            c.RequiredText(FlexRules.SenderRequired, "sender", message.Sender);
            c.NotEmptyList(FlexRules.DestinationsRequired, "destinations", message.Destinations);
            c.NoNullItems("destinations", message.Destinations, "destination");
            c.Required(FlexRules.ContentRequired, "content", message.Content);
        });
        RuleForEach(x => x.Destinations).SetValidator(new DestinationValidator());
        RuleFor(x => x.Content).SetValidator(new ContentValidator(bubble)!);
        RuleFor(x => x.Options).SetValidator(new MessageOptionsValidator()!);
        RuleFor(x => x.Webhooks).SetValidator(new WebhooksValidator()!);
    }
}
