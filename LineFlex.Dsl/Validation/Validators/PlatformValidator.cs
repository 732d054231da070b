using FluentValidation;

namespace LineFlex;

/// <summary>Validates <c>options.platform</c>.</summary>
internal sealed class PlatformValidator : AbstractValidator<PlatformOptions>
{
    public PlatformValidator() =>
        this.Checks((platform, c) =>
        {
            c.MaxChars(FlexRules.EntityIdLength, "entityId", platform.EntityId, 255);
            c.MaxChars(FlexRules.ApplicationIdLength, "applicationId", platform.ApplicationId, 255);
        });
}
