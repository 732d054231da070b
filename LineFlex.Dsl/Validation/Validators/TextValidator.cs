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

            c.WellFormed(text);
            c.Flexible(text);
            c.AtLeast(FlexRules.MaxLinesRange, "maxLines", text.MaxLines, 0);
            ActionValidators.Check(text.Action, c);
        });
    }
}
