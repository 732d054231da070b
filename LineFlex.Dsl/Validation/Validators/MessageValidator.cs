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
            for (var i = 0; message.Destinations is not null && i < message.Destinations.Count; i++)
            {
                if (message.Destinations[i] is { } destination)
                {
                    DestinationValidator.Check(destination, c.Below($"destinations[{i}]"));
                }
            }

            c.Required(FlexRules.ContentRequired, "content", message.Content);
        });
        RuleFor(x => x.Content).SetValidator(new ContentValidator(bubble)!);
        RuleFor(x => x.Options).SetValidator(new MessageOptionsValidator()!);
        RuleFor(x => x.Webhooks).SetValidator(new WebhooksValidator()!);
    }
}
