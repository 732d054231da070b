using FluentValidation;

namespace LineFlex;

/// <summary>Validates an action's <c>altUri</c>.</summary>
internal sealed class AltUriValidator : AbstractValidator<AltUri>
{
    public AltUriValidator()
    {
        RuleFor(x => x.Desktop).MaxChars(FlexRules.DesktopUriLength, "desktop", 1000);
        RuleFor(x => x.Desktop).ActionUri(FlexRules.DesktopUriScheme, "desktop");
    }
}
