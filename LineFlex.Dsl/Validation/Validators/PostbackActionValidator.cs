using FluentValidation;

namespace LineFlex;

/// <summary>Validates a POSTBACK action.</summary>
internal sealed class PostbackActionValidator : AbstractValidator<PostbackAction>
{
    public PostbackActionValidator(AltUriValidator altUri)
    {
        this.Checks((action, c) =>
        {
            ActionValidators.CheckLabel(c, action);
            c.Required(FlexRules.DataRequired, "data", action.Data);
            c.MaxChars(FlexRules.DataLength, "data", action.Data, 1000);
        });
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}
