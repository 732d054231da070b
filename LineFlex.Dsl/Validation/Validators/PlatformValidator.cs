using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.platform</c>.</summary>
internal sealed class PlatformValidator : AbstractValidator<PlatformOptions>
{
    public PlatformValidator()
    {
        RuleFor(x => x.EntityId).MaxChars(FlexRules.EntityIdLength, "entityId", 255);
        RuleFor(x => x.ApplicationId).MaxChars(FlexRules.ApplicationIdLength, "applicationId", 255);
    }
}
