using FluentValidation;

namespace LineFlex;

/// <summary><c>position</c> and the offsets, written once for every component that has them.</summary>
internal sealed class PlacementRules : AbstractValidator<IPlaced>
{
    public static PlacementRules Instance { get; } = new();

    private PlacementRules()
    {
        RuleFor(x => x.Position).Defined("position");
        RuleFor(x => x.OffsetTop).WellFormed(FlexRules.InsetGrammar, "offsetTop");
        RuleFor(x => x.OffsetBottom).WellFormed(FlexRules.InsetGrammar, "offsetBottom");
        RuleFor(x => x.OffsetStart).WellFormed(FlexRules.InsetGrammar, "offsetStart");
        RuleFor(x => x.OffsetEnd).WellFormed(FlexRules.InsetGrammar, "offsetEnd");
    }
}

/// <summary><c>flex</c>, written once.</summary>
internal sealed class FlexibleRules : AbstractValidator<IFlexible>
{
    public static FlexibleRules Instance { get; } = new();

    private FlexibleRules() => RuleFor(x => x.Flex).Between(FlexRules.FlexRange, "flex", 0, 20);
}

/// <summary><c>margin</c>, written once.</summary>
internal sealed class MarginRules : AbstractValidator<IMargined>
{
    public static MarginRules Instance { get; } = new();

    private MarginRules() => RuleFor(x => x.Margin).WellFormed(FlexRules.SpacingGrammar, "margin");
}

/// <summary><c>gravity</c>, written once.</summary>
internal sealed class GravityRules : AbstractValidator<IGravitated>
{
    public static GravityRules Instance { get; } = new();

    private GravityRules() => RuleFor(x => x.Gravity).Defined("gravity");
}
