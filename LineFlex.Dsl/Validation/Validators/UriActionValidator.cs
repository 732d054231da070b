using FluentValidation;

namespace LineFlex;

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator : AbstractValidator<UriAction>
{
    public UriActionValidator(AltUriValidator altUri)
    {
        Include(LabelRules.Instance);
        RuleFor(x => x.Uri).Required(FlexRules.UriRequired, "uri");
        RuleFor(x => x.Uri).MaxChars(FlexRules.UriLength, "uri", 1000);
        RuleFor(x => x.Uri).ActionUri(FlexRules.ActionUriScheme, "uri");
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}
