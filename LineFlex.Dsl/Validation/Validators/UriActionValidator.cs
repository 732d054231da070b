using FluentValidation;

namespace LineFlex;

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator : AbstractValidator<UriAction>
{
    public UriActionValidator(AltUriValidator altUri)
    {
        this.Checks((action, c) =>
        {
            ActionValidators.CheckLabel(c, action);
            c.Required(FlexRules.UriRequired, "uri", action.Uri);
            c.MaxChars(FlexRules.UriLength, "uri", action.Uri, 1000);
            c.ActionUri(FlexRules.ActionUriScheme, "uri", action.Uri);
        });
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}
