using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.southKorea</c>.</summary>
internal sealed class SouthKoreaValidator : AbstractValidator<SouthKoreaOptions>
{
    public SouthKoreaValidator()
    {
        RuleFor(x => x.Title).MaxChars(FlexRules.SouthKoreaTitleLength, "title", 66);
        RuleFor(x => x.ResellerCode)
            .Must(code => code is null or (>= 100_000_000 and <= 999_999_999))
            .WithMessage((_, code) => $"resellerCode is {code}; it must be the nine-digit business registration number.")
            .As(FlexRules.ResellerCodeDigits);
    }
}
