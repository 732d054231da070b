using FluentValidation;

namespace LineFlex;

/// <summary>Validates a BUTTON.</summary>
internal sealed class ButtonValidator : AbstractValidator<FlexButton>
{
    public ButtonValidator(ActionValidators actions)
    {
        Include(PlacementRules.Instance);
        Include(FlexibleRules.Instance);
        Include(MarginRules.Instance);
        Include(GravityRules.Instance);
        RuleFor(x => x.Action).Required(FlexRules.ButtonActionRequired, "action");
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
        RuleFor(x => x.Height).Defined("height");
        RuleFor(x => x.Style).Defined("style");
        this.Colour(x => x.Color, "color");
    }
}
