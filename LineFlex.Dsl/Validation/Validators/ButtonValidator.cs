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
            c.Flexible(button);
            c.Margined(button);
            c.Placement(button);
            c.Defined("height", button.Height);
            c.Defined("style", button.Style);
            c.Colour("color", button.Color);
            c.Defined("gravity", button.Gravity);
            ActionValidators.Check(button.Action, c);
        });
    }
}
