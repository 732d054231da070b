using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>smsFailover.regional</c>.</summary>
internal sealed class RegionalValidator : AbstractValidator<RegionalOptions>
{
    public RegionalValidator()
    {
        RuleFor(x => x.IndiaDlt).SetValidator(new IndiaDltValidator()!);
        RuleFor(x => x.TurkeyIys).SetValidator(new TurkeyIysValidator()!);
        RuleFor(x => x.SouthKorea).SetValidator(new SouthKoreaValidator()!);
    }
}
