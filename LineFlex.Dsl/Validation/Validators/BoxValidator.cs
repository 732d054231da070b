using FluentValidation;

namespace LineFlex;

/// <summary>Validates a BOX, its children (each by its own validator) and LINE's rules on which child may stand where.</summary>
internal sealed class BoxValidator : AbstractValidator<FlexBox>
{
    public BoxValidator(ComponentValidators components, ActionValidators actions)
    {
        Include(PlacementRules.Instance);
        Include(FlexibleRules.Instance);
        Include(MarginRules.Instance);
        RuleFor(x => x.Layout).RequiredValue(FlexRules.LayoutRequired, "layout").Defined("layout");
        RuleFor(x => x.Contents).NoNullItems("component");
        RuleForEach(x => x.Contents).SetInheritanceValidator(v => components.Register(v, this));
        RuleForEach(x => x.Contents).Custom(CheckChildPlacement);
        this.Colour(x => x.BackgroundColor, "backgroundColor", alphaAllowed: true);
        this.Colour(x => x.BorderColor, "borderColor");
        RuleFor(x => x.BorderWidth).WellFormed(FlexRules.BorderWidthGrammar, "borderWidth");
        RuleFor(x => x.CornerRadius).WellFormed(FlexRules.SpacingGrammar, "cornerRadius");
        RuleFor(x => x.Width).WellFormed(FlexRules.LengthGrammar, "width");
        RuleFor(x => x.Height).WellFormed(FlexRules.LengthGrammar, "height");
        RuleFor(x => x.Spacing).WellFormed(FlexRules.SpacingGrammar, "spacing");
        RuleFor(x => x.PaddingAll).WellFormed(FlexRules.InsetGrammar, "paddingAll");
        RuleFor(x => x.PaddingTop).WellFormed(FlexRules.InsetGrammar, "paddingTop");
        RuleFor(x => x.PaddingBottom).WellFormed(FlexRules.InsetGrammar, "paddingBottom");
        RuleFor(x => x.PaddingStart).WellFormed(FlexRules.InsetGrammar, "paddingStart");
        RuleFor(x => x.PaddingEnd).WellFormed(FlexRules.InsetGrammar, "paddingEnd");
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
    }

    private static void CheckChildPlacement(FlexComponent? child, ValidationContext<FlexBox> context)
    {
        if (child is null)
        {
            return;
        }

        var layout = context.InstanceToValidate.Layout;
        var type = WireEnum<ComponentType>.Name(child.Type);
        if (layout == BoxLayout.Baseline)
        {
            if (child is not (FlexText or FlexIcon))
            {
                context.Report(FlexRules.BaselineChild, string.Empty, $"A BASELINE box holds only TEXT and ICON, not {type}. Put the {type} in a HORIZONTAL or VERTICAL box.", type);
            }

            if (child is IGravitated { Gravity: not null } gravitated)
            {
                context.Report(FlexRules.BaselineGravity, "gravity", "A child of a BASELINE box can't use gravity; remove it, or use a HORIZONTAL box.", gravitated.Gravity);
            }

            if (child is IPlaced { OffsetBottom: not null } placed)
            {
                context.Report(FlexRules.BaselineOffsetBottom, "offsetBottom", "A child of a BASELINE box can't use offsetBottom; remove it, or use offsetTop.", placed.OffsetBottom.Value.Value);
            }
        }
        else if (layout is BoxLayout.Horizontal or BoxLayout.Vertical && child is FlexIcon or FlexSpan)
        {
            var fix = child is FlexIcon ? "Put icons in a BASELINE box." : "Put spans in a TEXT's contents.";
            context.Report(FlexRules.BoxChild, string.Empty, $"A {WireEnum<BoxLayout>.Name(layout.Value)} box can't hold {(child is FlexIcon ? "an ICON" : "a SPAN")}. {fix}", type);
        }
    }
}
