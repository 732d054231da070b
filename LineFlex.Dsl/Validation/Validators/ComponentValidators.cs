namespace LineFlex;

/// <summary>
/// One validator per component type. A component in a tree is checked where it stands, inside the one rule of the
/// validator the tree is validated with (a request's, a message's, a bubble's), by <see cref="Check{T}"/> with the
/// checks of its type's validator: a FluentValidation child context per component (a list, a property chain and a
/// context each) would cost many times the checks themselves. A component validated on its own goes through
/// <see cref="ComponentValidator"/>, whose one rule is the same <see cref="Check{T}"/>.
/// </summary>
internal static class ComponentValidators
{
    /// <summary>The component types <see cref="Check{T}"/> knows; a test compares them with every concrete component type.</summary>
    public static IReadOnlyList<Type> Covered { get; } =
        [typeof(FlexBox), typeof(FlexText), typeof(FlexSpan), typeof(FlexImage), typeof(FlexIcon), typeof(FlexButton), typeof(FlexSeparator)];

    /// <summary>Checks a component where it stands (the node of <paramref name="c"/>) with the checks of its type.</summary>
    public static void Check<T>(FlexComponent component, NodeChecks<T> c)
    {
        switch (component)
        {
            case FlexBox box:
                BoxValidator.Check(box, c);
                break;
            case FlexText text:
                TextValidator.Check(text, c);
                break;
            case FlexSpan span:
                SpanValidator.Check(span, c);
                break;
            case FlexImage image:
                ImageValidator.Check(image, c);
                break;
            case FlexIcon icon:
                IconValidator.Check(icon, c);
                break;
            case FlexButton button:
                ButtonValidator.Check(button, c);
                break;
            case FlexSeparator separator:
                SeparatorValidator.Check(separator, c);
                break;
        }
    }
}

/// <summary>Validates a component of any type on its own, with the checks of its type.</summary>
internal sealed class ComponentValidator() : NodeValidator<FlexComponent>(ComponentValidators.Check);
