using FluentValidation;

namespace LineFlex;

/// <summary>Validates a TEXT and its SPANs.</summary>
internal sealed class TextValidator : AbstractValidator<FlexText>
{
    public TextValidator(SpanValidator spans, ActionValidators actions)
    {
        this.Checks((text, c) =>
        {
            if (text.Text is null && text.Contents is not { Count: > 0 })
            {
                c.Fail(FlexRules.TextOrContentsRequired, "text", "A TEXT needs text or at least one SPAN in contents.", null);
            }

            c.NoNullItems("contents", text.Contents, "span");
            c.Flexible(text);
            c.Margined(text);
            c.WellFormed(FlexRules.TextSizeGrammar, "size", text.Size);
            c.Defined("align", text.Align);
            c.Defined("gravity", text.Gravity);
            c.AtLeast(FlexRules.MaxLinesRange, "maxLines", text.MaxLines, 0);
            c.Colour("color", text.Color);
            c.Defined("weight", text.Weight);
            c.Placement(text);
        });
        RuleForEach(x => x.Contents).SetValidator(spans);
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
    }
}
