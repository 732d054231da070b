using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.southKorea</c>.</summary>
internal sealed class SouthKoreaValidator : AbstractValidator<SouthKoreaOptions>
{
    public SouthKoreaValidator() =>
        this.Checks((korea, c) =>
        {
            c.MaxChars(FlexRules.SouthKoreaTitleLength, "title", korea.Title, 66);
            if (korea.ResellerCode is { } code and not (>= 100_000_000 and <= 999_999_999))
            {
                c.Fail(FlexRules.ResellerCodeDigits, "resellerCode", $"resellerCode is {code}; it must be the nine-digit business registration number.", code);
            }
        });
}
