using FluentValidation;

namespace LineFlex;

/// <summary>Validates an action's <c>altUri</c>.</summary>
internal sealed class AltUriValidator : AbstractValidator<AltUri>
{
    public AltUriValidator() =>
        this.Checks((altUri, c) =>
        {
            c.MaxChars(FlexRules.DesktopUriLength, "desktop", altUri.Desktop, 1000);
            c.ActionUri(FlexRules.DesktopUriScheme, "desktop", altUri.Desktop);
        });
}
