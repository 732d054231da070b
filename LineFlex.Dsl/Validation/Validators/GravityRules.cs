using FluentValidation;

namespace LineFlex;

/// <summary><c>gravity</c>, written once.</summary>
internal sealed class GravityRules : AbstractValidator<IGravitated>
{
    public static GravityRules Instance { get; } = new();

    private GravityRules() => RuleFor(x => x.Gravity).Defined("gravity");
}
