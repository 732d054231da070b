using FluentValidation;

namespace LineFlex;

/// <summary><c>flex</c>, written once.</summary>
internal sealed class FlexibleRules : AbstractValidator<IFlexible>
{
    public static FlexibleRules Instance { get; } = new();

    private FlexibleRules() => RuleFor(x => x.Flex).Between(FlexRules.FlexRange, "flex", 0, 20);
}
