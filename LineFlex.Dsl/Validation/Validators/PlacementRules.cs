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
