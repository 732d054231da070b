using FluentValidation;

namespace LineFlex;

/// <summary>Validates a POSTBACK action.</summary>
internal sealed class PostbackActionValidator : AbstractValidator<PostbackAction>
{
    public PostbackActionValidator(AltUriValidator altUri)
    {
        Include(LabelRules.Instance);
        RuleFor(x => x.Data).Required(FlexRules.DataRequired, "data");
        RuleFor(x => x.Data).MaxChars(FlexRules.DataLength, "data", 1000);
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}
