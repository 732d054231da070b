using FluentValidation.Validators;

namespace LineFlex;

/// <summary>One validator per component type, built once; registers them wherever a component may stand.</summary>
internal sealed class ComponentValidators
{
    private readonly List<Type> _covered = [];

    public ComponentValidators()
    {
        Span = new SpanValidator();
        Text = new TextValidator();
        Image = new ImageValidator();
        Icon = new IconValidator();
        Button = new ButtonValidator();
        Separator = new SeparatorValidator();
        Box = new BoxValidator(this);
    }

    public BoxValidator Box { get; }

    public TextValidator Text { get; }

    public SpanValidator Span { get; }

    public ImageValidator Image { get; }

    public IconValidator Icon { get; }

    public ButtonValidator Button { get; }

    public SeparatorValidator Separator { get; }

    /// <summary>The component types <see cref="Register"/> adds; a test compares them with every concrete component type.</summary>
    public IReadOnlyList<Type> Covered => _covered;

    /// <summary>Adds every component validator to a polymorphic rule. <paramref name="box"/> is passed while the box validator is being built.</summary>
    public void Register<T>(PolymorphicValidator<T, FlexComponent> rule, BoxValidator box)
    {
        _covered.Clear();
        Add(rule, box);
        Add(rule, Text);
        Add(rule, Span);
        Add(rule, Image);
        Add(rule, Icon);
        Add(rule, Button);
        Add(rule, Separator);
    }

    private void Add<T, TComponent>(PolymorphicValidator<T, FlexComponent> rule, FluentValidation.IValidator<TComponent> validator)
        where TComponent : FlexComponent
    {
        rule.Add(validator);
        _covered.Add(typeof(TComponent));
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
