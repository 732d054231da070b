namespace LineFlex;

/// <summary>
/// One validator per component type. A component in a tree is checked where it stands, inside the one rule of the
/// validator the tree is validated with (a request's, a message's, a bubble's), by <c>Check</c> with the
/// checks of its type's validator: a FluentValidation child context per component (a list, a property chain and a
/// context each) would cost many times the checks themselves. A component validated on its own goes through
/// <see cref="ComponentValidator"/>, whose one rule is the same <c>Check</c>.
/// </summary>
internal static partial class ComponentValidators
{
    // Covered and Check are generated from the model's declarations (ComponentValidators.g.cs): Check hands each type of
    // component to its validator's Check (FlexBox to BoxValidator.Check) with a switch, so a new type of component
    // does not compile until it has a validator.
}

/// <summary>Validates a component of any type on its own, with the checks of its type.</summary>
internal sealed class ComponentValidator() : NodeValidator<FlexComponent>(ComponentValidators.Check);
