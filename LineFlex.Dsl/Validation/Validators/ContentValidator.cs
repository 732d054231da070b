using FluentValidation;

namespace LineFlex;

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
