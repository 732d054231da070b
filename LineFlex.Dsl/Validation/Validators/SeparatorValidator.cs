using FluentValidation;

namespace LineFlex;

/// <summary>Validates a SEPARATOR.</summary>
internal sealed class SeparatorValidator : AbstractValidator<FlexSeparator>
{
    public SeparatorValidator()
    {
        Include(MarginRules.Instance);
        this.Colour(x => x.Color, "color");
    }
}
