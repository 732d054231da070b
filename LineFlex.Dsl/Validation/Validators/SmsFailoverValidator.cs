using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.smsFailover</c> and its regional parameters.</summary>
internal sealed class SmsFailoverValidator : AbstractValidator<SmsFailover>
{
    public SmsFailoverValidator(ValidityPeriodValidator validity)
    {
        RuleFor(x => x.Text).RequiredText(FlexRules.SmsTextRequired, "text");
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.Regional).SetValidator(new RegionalValidator()!);
    }
}
