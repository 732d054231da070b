using FluentValidation;

namespace LineFlex;

/// <summary>Validates the LINE_NOTIFICATION content.</summary>
internal sealed class ContentValidator : AbstractValidator<LineNotificationContent>
{
    public ContentValidator(BubbleValidator bubble)
    {
        this.Checks((content, c) =>
        {
            c.Required(FlexRules.AltTextRequired, "altText", content.AltText);
            c.MaxChars(FlexRules.AltTextLength, "altText", content.AltText, 400);
            c.Required(FlexRules.BubbleRequired, "contents", content.Contents);
        });
        RuleFor(x => x.Contents).SetValidator(bubble!);
    }
}
