using FluentValidation;

namespace LineFlex;

/// <summary>Validates a TEXT and its SPANs.</summary>
internal sealed class TextValidator : AbstractValidator<FlexText>
{
    public TextValidator(SpanValidator spans, ActionValidators actions)
    {
        Include(PlacementRules.Instance);
        Include(FlexibleRules.Instance);
        Include(MarginRules.Instance);
        Include(GravityRules.Instance);
        RuleFor(x => x.Text)
            .Must((text, value) => value is not null || text.Contents is { Count: > 0 })
            .WithMessage("A TEXT needs text or at least one SPAN in contents.")
            .As(FlexRules.TextOrContentsRequired);
        RuleFor(x => x.Contents).NoNullItems("span");
        RuleForEach(x => x.Contents).SetValidator(spans);
        RuleFor(x => x.Size).WellFormed(FlexRules.TextSizeGrammar, "size");
        RuleFor(x => x.Align).Defined("align");
        RuleFor(x => x.MaxLines).AtLeast(FlexRules.MaxLinesRange, "maxLines", 0);
        this.Colour(x => x.Color, "color");
        RuleFor(x => x.Weight).Defined("weight");
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
    }
}
