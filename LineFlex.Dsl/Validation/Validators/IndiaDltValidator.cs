using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>regional.indiaDlt</c>.</summary>
internal sealed class IndiaDltValidator : AbstractValidator<IndiaDltOptions>
{
    public IndiaDltValidator() => RuleFor(x => x.PrincipalEntityId).RequiredText(FlexRules.PrincipalEntityIdRequired, "principalEntityId");
}
