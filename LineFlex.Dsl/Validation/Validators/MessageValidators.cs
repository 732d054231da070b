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

/// <summary>Validates one destination.</summary>
internal sealed class DestinationValidator : AbstractValidator<LineDestination>
{
    public DestinationValidator()
    {
        RuleFor(x => x.To).RequiredText(FlexRules.ToRequired, "to");
        RuleFor(x => x.MessageId).MaxChars(FlexRules.MessageIdLength, "messageId", 200);
    }
}

/// <summary>Validates the LINE_NOTIFICATION content.</summary>
internal sealed class ContentValidator : AbstractValidator<LineNotificationContent>
{
    public ContentValidator(BubbleValidator bubble)
    {
        RuleFor(x => x.AltText).Required(FlexRules.AltTextRequired, "altText");
        RuleFor(x => x.AltText).MaxChars(FlexRules.AltTextLength, "altText", 400);
        RuleFor(x => x.Contents).Required(FlexRules.BubbleRequired, "contents");
        RuleFor(x => x.Contents).SetValidator(bubble!);
    }
}
