using FluentValidation;

namespace LineFlex;

/// <summary>Validates a POSTBACK action.</summary>
internal sealed class PostbackActionValidator : AbstractValidator<PostbackAction>
{
    public PostbackActionValidator() => this.Checks(Check);

    /// <summary>A POSTBACK action's values, wherever it stands.</summary>
    public static void Check<T>(PostbackAction action, NodeChecks<T> c)
    {
        ActionValidators.CheckLabel(c, action);
        c.Required(FlexRules.DataRequired, "data", action.Data);
        c.MaxChars(FlexRules.DataLength, "data", action.Data, 1000);
        ActionValidators.CheckAltUri(c, action.AltUri);
    }
}
