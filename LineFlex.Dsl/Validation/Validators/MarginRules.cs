using FluentValidation;

namespace LineFlex;

/// <summary><c>margin</c>, written once.</summary>
internal sealed class MarginRules : AbstractValidator<IMargined>
{
    public static MarginRules Instance { get; } = new();

    private MarginRules() => RuleFor(x => x.Margin).WellFormed(FlexRules.SpacingGrammar, "margin");
}
