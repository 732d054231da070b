namespace LineFlex;

/// <summary>
/// One validator per component type, built once. A component in a tree is checked where it stands, inside the one
/// rule of the validator the tree is validated with (a request's, a message's, a bubble's), by <see cref="Check{T}"/>
/// with the checks of its type's validator: a FluentValidation child context per component (a list, a property chain
/// and a context each) would cost many times the checks themselves.
/// A component validated on its own goes through its validator (<see cref="Validate"/>).
/// </summary>
internal sealed class ComponentValidators
{
    public BoxValidator Box { get; } = new();

    public TextValidator Text { get; } = new();

    public SpanValidator Span { get; } = new();

    public ImageValidator Image { get; } = new();

    public IconValidator Icon { get; } = new();

    public ButtonValidator Button { get; } = new();

    public SeparatorValidator Separator { get; } = new();

    /// <summary>The component types <see cref="Check{T}"/> and <see cref="Validate"/> know; a test compares them with every concrete component type.</summary>
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

    /// <summary>Validates a component on its own with the validator of its type.</summary>
    public FluentValidation.Results.ValidationResult Validate(FlexComponent component) => component switch
    {
        FlexBox box => Box.Validate(box),
        FlexText text => Text.Validate(text),
        FlexSpan span => Span.Validate(span),
        FlexImage image => Image.Validate(image),
        FlexIcon icon => Icon.Validate(icon),
        FlexButton button => Button.Validate(button),
        FlexSeparator separator => Separator.Validate(separator),
        _ => new FluentValidation.Results.ValidationResult(),
    };
}
