using FluentValidation;

namespace LineFlex;

/// <summary>An action's <c>label</c>, written once for both action types.</summary>
internal sealed class LabelRules : AbstractValidator<FlexAction>
{
    public static LabelRules Instance { get; } = new();

    private LabelRules()
    {
        RuleFor(x => x.Label).Required(FlexRules.LabelRequired, "label");
        RuleFor(x => x.Label).MaxChars(FlexRules.LabelLength, "label", 20);
    }
}
