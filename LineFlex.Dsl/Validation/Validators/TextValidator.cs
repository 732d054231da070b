using FluentValidation;

namespace LineFlex;

/// <summary>Validates a TEXT and its SPANs.</summary>
internal sealed class TextValidator : AbstractValidator<FlexText>
{
    public TextValidator()
    {
        this.Checks((text, c) =>
        {
            if (text.Text is null && text.Contents is not { Count: > 0 })
            {
                c.Fail(FlexRules.TextOrContentsRequired, "text", "A TEXT needs text or at least one SPAN in contents.", null);
            }

            c.NoNullItems("contents", text.Contents, "span");
            for (var i = 0; text.Contents is not null && i < text.Contents.Count; i++)
            {
                if (text.Contents[i] is { } span)
                {
                    SpanValidator.Check(span, c.Below($"contents[{i}]"));
                }
            }

            c.Flexible(text);
            c.Margined(text);
            c.WellFormed(FlexRules.TextSizeGrammar, "size", text.Size);
            c.Defined("align", text.Align);
            c.Defined("gravity", text.Gravity);
            c.AtLeast(FlexRules.MaxLinesRange, "maxLines", text.MaxLines, 0);
            c.Colour("color", text.Color);
            c.Defined("weight", text.Weight);
            c.Placement(text);
            ActionValidators.Check(text.Action, c);
        });
    }
}
