using FluentValidation;
using FluentValidation.Validators;

namespace LineFlex;

/// <summary>One validator per action type, built once; registers them wherever an action may stand.</summary>
internal sealed class ActionValidators
{
    private readonly List<Type> _covered = [];

    public ActionValidators()
    {
        var altUri = new AltUriValidator();
        Uri = new UriActionValidator(altUri);
        Postback = new PostbackActionValidator(altUri);
    }

    public UriActionValidator Uri { get; }

    public PostbackActionValidator Postback { get; }

    /// <summary>The action types <see cref="Register"/> adds; a test compares them with every concrete action type.</summary>
    public IReadOnlyList<Type> Covered => _covered;

    public void Register<T>(PolymorphicValidator<T, FlexAction?> rule)
    {
        _covered.Clear();
        Add(rule, Uri);
        Add(rule, Postback);
    }

    private void Add<T, TAction>(PolymorphicValidator<T, FlexAction?> rule, IValidator<TAction> validator)
        where TAction : FlexAction
    {
        rule.Add(validator);
        _covered.Add(typeof(TAction));
    }

    /// <summary>An action's <c>label</c>, the same for both action types.</summary>
    public static void CheckLabel<T>(NodeChecks<T> c, FlexAction action)
    {
        c.Required(FlexRules.LabelRequired, "label", action.Label);
        c.MaxChars(FlexRules.LabelLength, "label", action.Label, 20);
    }

    public FluentValidation.Results.ValidationResult Validate(FlexAction action) => action switch
    {
        UriAction uri => Uri.Validate(uri),
        PostbackAction postback => Postback.Validate(postback),
        _ => new FluentValidation.Results.ValidationResult(),
    };
}
