using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.turkeyIys</c>.</summary>
internal sealed class TurkeyIysValidator : AbstractValidator<TurkeyIysOptions>
{
    public TurkeyIysValidator() =>
        RuleFor(x => x.RecipientType).RequiredValue(FlexRules.RecipientTypeRequired, "recipientType").Defined("recipientType");
}
