using FluentValidation;

namespace LineFlex;

/// <summary>Validates a SEPARATOR.</summary>
internal sealed class SeparatorValidator : AbstractValidator<FlexSeparator>
{
    public SeparatorValidator() =>
        this.Checks((separator, c) => c.WellFormed(separator));
}
