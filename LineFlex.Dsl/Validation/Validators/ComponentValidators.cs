using FluentValidation;

namespace LineFlex;

/// <summary>
/// One validator per component type. A component in a tree is checked where it stands, inside the one rule of the
/// validator the tree is validated with (a request's, a message's, a bubble's), by <c>Check</c> with the
/// checks of its type's validator: a FluentValidation child context per component (a list, a property chain and a
/// context each) would cost many times the checks themselves. A component validated on its own goes through
/// <see cref="FlexComponentValidator"/>, whose one rule is the same <c>Check</c>.
/// </summary>
internal static partial class ComponentValidators
{
    // Covered and Check are generated from the model's declarations (ComponentValidators.g.cs): Check hands each type of
    // component to its validator's Check (FlexBox to BoxValidator.Check) with a switch, so a new type of component
    // does not compile until it has a validator.
}

/// <summary>
/// Validates a component of any type (BOX, TEXT, SPAN, IMAGE, ICON, BUTTON, SEPARATOR) and what it holds, with the
/// rules of its type. Each failure's <c>PropertyName</c> is the wire path relative to the component
/// (<c>contents[0].action.label</c>), its <c>ErrorCode</c> the rule's code; see docs/validation.md.
/// </summary>
/// <remarks>
/// Build one and share it: it is immutable and thread-safe. Rules about where a component stands (in a BASELINE box,
/// first in a block) need its parent: validate the box or the bubble that holds it.
/// </remarks>
public sealed class FlexComponentValidator : AbstractValidator<FlexComponent>
{
    /// <summary>Creates a validator.</summary>
    public FlexComponentValidator()
        : this(null)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off.</summary>
    public FlexComponentValidator(FlexValidatorOptions? options) => Rule = this.Checks(NestingCheck.Of, ComponentValidators.Check, options);

    /// <summary>The validator's one rule, which <see cref="FlexValidator"/> runs on its own.</summary>
    internal NodeRule<FlexComponent> Rule { get; }
}
