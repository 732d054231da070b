using FluentValidation;

namespace LineFlex;

/// <summary>Validates a SPAN.</summary>
internal sealed class SpanValidator : AbstractValidator<FlexSpan>
{
    public SpanValidator()
    {
        RuleFor(x => x.Text).Required(FlexRules.SpanTextRequired, "text");
        this.Colour(x => x.Color, "color");
        RuleFor(x => x.Size).WellFormed(FlexRules.TextSizeGrammar, "size");
        RuleFor(x => x.Weight).Defined("weight");
        RuleFor(x => x.Style).Defined("style");
        RuleFor(x => x.Decoration).Defined("decoration");
    }
}
