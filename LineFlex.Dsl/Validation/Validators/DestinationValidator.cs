using FluentValidation;

namespace LineFlex;

/// <summary>Validates one destination.</summary>
internal sealed class DestinationValidator : AbstractValidator<LineDestination>
{
    public DestinationValidator()
    {
        RuleFor(x => x.To).RequiredText(FlexRules.ToRequired, "to");
        RuleFor(x => x.To)
            .Must(to => string.IsNullOrEmpty(to) || to.All(char.IsAsciiDigit))
            .WithMessage((_, to) => $"to \"{RuleExtensions.Shorten(to!)}\" is not a phone number in international form; write digits only, without '+', spaces or dashes (66855538125).")
            .As(FlexRules.PhoneNumber);
        RuleFor(x => x.MessageId).MaxChars(FlexRules.MessageIdLength, "messageId", 200);
    }
}
