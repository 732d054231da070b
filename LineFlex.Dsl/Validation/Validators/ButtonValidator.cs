using FluentValidation;

namespace LineFlex;

/// <summary>Validates a BUTTON.</summary>
internal sealed class ButtonValidator : AbstractValidator<FlexButton>
{
    public ButtonValidator()
    {
        this.Checks((button, c) =>
        {
            c.Required(FlexRules.ButtonActionRequired, "action", button.Action);
            c.WellFormed(button);
            c.Flexible(button);
            ActionValidators.Check(button.Action, c);
        });
    }
}
