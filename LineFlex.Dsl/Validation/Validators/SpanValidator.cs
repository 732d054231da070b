using FluentValidation;

namespace LineFlex;

/// <summary>Validates a SPAN.</summary>
internal sealed class SpanValidator : AbstractValidator<FlexSpan>
{
    public SpanValidator() =>
        this.Checks((span, c) =>
        {
            c.Required(FlexRules.SpanTextRequired, "text", span.Text);
            c.Colour("color", span.Color);
            c.WellFormed(FlexRules.TextSizeGrammar, "size", span.Size);
            c.Defined("weight", span.Weight);
            c.Defined("style", span.Style);
            c.Defined("decoration", span.Decoration);
        });
}
