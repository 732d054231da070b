using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.turkeyIys</c>.</summary>
internal sealed class TurkeyIysValidator : AbstractValidator<TurkeyIysOptions>
{
    public TurkeyIysValidator() =>
        this.Checks((turkey, c) =>
        {
            c.Required(FlexRules.RecipientTypeRequired, "recipientType", turkey.RecipientType);
            c.WellFormed(turkey);
        });
}
