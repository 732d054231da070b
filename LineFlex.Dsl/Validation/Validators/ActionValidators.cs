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

    public FluentValidation.Results.ValidationResult Validate(FlexAction action) => action switch
    {
        UriAction uri => Uri.Validate(uri),
        PostbackAction postback => Postback.Validate(postback),
        _ => new FluentValidation.Results.ValidationResult(),
    };
}

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator : AbstractValidator<UriAction>
{
    public UriActionValidator(AltUriValidator altUri)
    {
        RuleFor(x => x.Label).Required(FlexRules.LabelRequired, "label");
        RuleFor(x => x.Label).MaxChars(FlexRules.LabelLength, "label", 20);
        RuleFor(x => x.Uri).Required(FlexRules.UriRequired, "uri");
        RuleFor(x => x.Uri).MaxChars(FlexRules.UriLength, "uri", 1000);
        RuleFor(x => x.Uri).ActionUri(FlexRules.ActionUriScheme, "uri");
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}

/// <summary>Validates a POSTBACK action.</summary>
internal sealed class PostbackActionValidator : AbstractValidator<PostbackAction>
{
    public PostbackActionValidator(AltUriValidator altUri)
    {
        RuleFor(x => x.Label).Required(FlexRules.LabelRequired, "label");
        RuleFor(x => x.Label).MaxChars(FlexRules.LabelLength, "label", 20);
        RuleFor(x => x.Data).Required(FlexRules.DataRequired, "data");
        RuleFor(x => x.Data).MaxChars(FlexRules.DataLength, "data", 1000);
        RuleFor(x => x.AltUri).SetValidator(altUri!);
    }
}

/// <summary>Validates an action's <c>altUri</c>.</summary>
internal sealed class AltUriValidator : AbstractValidator<AltUri>
{
    public AltUriValidator()
    {
        RuleFor(x => x.Desktop).MaxChars(FlexRules.DesktopUriLength, "desktop", 1000);
        RuleFor(x => x.Desktop).ActionUri(FlexRules.DesktopUriScheme, "desktop");
    }
}
