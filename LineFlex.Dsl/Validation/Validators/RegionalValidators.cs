using FluentValidation;

namespace LineFlex;

// The rules of an SMS failover's regional options.

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

/// <summary>Validates <c>regional.indiaDlt</c>.</summary>
internal sealed class IndiaDltValidator() : NodeValidator<IndiaDltOptions>((india, c) => c.RequiredText(FlexRules.PrincipalEntityIdRequired, "principalEntityId", india.PrincipalEntityId));

/// <summary>Validates <c>regional.turkeyIys</c>.</summary>
internal sealed class TurkeyIysValidator() : NodeValidator<TurkeyIysOptions>((turkey, c) =>
{
    c.Required(FlexRules.RecipientTypeRequired, "recipientType", turkey.RecipientType);
    c.WellFormed(turkey);
});

/// <summary>Validates <c>regional.southKorea</c>.</summary>
internal sealed class SouthKoreaValidator() : NodeValidator<SouthKoreaOptions>((korea, c) =>
{
    c.MaxChars(FlexRules.SouthKoreaTitleLength, "title", korea.Title, 66);
    if (korea.ResellerCode is { } code and not (>= 100_000_000 and <= 999_999_999))
    {
        c.Fail(FlexRules.ResellerCodeDigits, "resellerCode", $"resellerCode is {code}; it must be the nine-digit business registration number.", code);
    }
});
