using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.indiaDlt</c>.</summary>
internal sealed class IndiaDltValidator : AbstractValidator<IndiaDltOptions>
{
    public IndiaDltValidator() =>
        this.Checks((india, c) => c.RequiredText(FlexRules.PrincipalEntityIdRequired, "principalEntityId", india.PrincipalEntityId));
}
