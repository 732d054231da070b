using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.smsFailover</c> and its regional parameters.</summary>
internal sealed class SmsFailoverValidator : AbstractValidator<SmsFailover>
{
    public SmsFailoverValidator(ValidityPeriodValidator validity)
    {
        this.Checks((failover, c) => c.RequiredText(FlexRules.SmsTextRequired, "text", failover.Text));
        RuleFor(x => x.ValidityPeriod).SetValidator(validity!);
        RuleFor(x => x.Regional).SetValidator(new RegionalValidator()!);
    }
}
