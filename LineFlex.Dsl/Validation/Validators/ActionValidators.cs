using FluentValidation;

namespace LineFlex;

// The rules of actions.

/// <summary>
/// Validates an action of either type (URI, POSTBACK) against the rules of its type. Each failure's
/// <c>PropertyName</c> is the wire path relative to the action (<c>label</c>), its <c>ErrorCode</c> the rule's code
/// (<c>LF208</c>); see docs/validation.md.
/// </summary>
/// <remarks>Build one and share it: it is immutable and thread-safe.</remarks>
public sealed class FlexActionValidator : AbstractValidator<FlexAction>
{
    /// <summary>Creates a validator.</summary>
    public FlexActionValidator()
        : this(null)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off.</summary>
    public FlexActionValidator(FlexValidatorOptions? options) => Rule = this.Checks(static _ => null, ActionValidators.CheckOwn, options);

    /// <summary>The validator's one rule, which <see cref="FlexValidator"/> runs on its own.</summary>
    internal NodeRule<FlexAction> Rule { get; }
}

/// <summary>
/// The checks of each action type. An action is checked where it stands by <see cref="Check{T}"/>, which
/// dispatches on its type to that type's checks: an action holds no component, and a validator call for it
/// (usually for a component with no action at all) would cost more than its checks.
/// </summary>
internal static class ActionValidators
{
    /// <summary>Checks the action at <c>action</c> below the node of <paramref name="c"/>, when there is one.</summary>
    public static void Check<T>(FlexAction? action, NodeChecks<T> c)
    {
        if (action is not null)
        {
            CheckOwn(action, c.Below("action"));
        }
    }

    /// <summary>Checks an action that is the node of <paramref name="c"/> with the checks of its type.</summary>
    public static void CheckOwn<T>(FlexAction action, NodeChecks<T> c)
    {
        switch (action)
        {
            case UriAction uri:
                UriActionValidator.Check(uri, c);
                break;
            case PostbackAction postback:
                PostbackActionValidator.Check(postback, c);
                break;
        }
    }

    /// <summary>An action's <c>label</c>, the same for both action types.</summary>
    public static void CheckLabel<T>(NodeChecks<T> c, FlexAction action)
    {
        c.Required(FlexRules.LabelRequired, "label", action.Label);
        c.MaxChars(FlexRules.LabelLength, "label", action.Label);
    }

    /// <summary>An action's <c>altUri</c>, the same for both action types.</summary>
    public static void CheckAltUri<T>(NodeChecks<T> c, AltUri? altUri)
    {
        if (altUri is not null)
        {
            c.MaxChars(FlexRules.DesktopUriLength, "altUri.desktop", altUri.Desktop);
            c.ActionUri(FlexRules.DesktopUriScheme, "altUri.desktop", altUri.Desktop);
        }
    }
}

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator() : NodeValidator<UriAction>(Check)
{
    /// <summary>A URI action's values, wherever it stands.</summary>
    public static void Check<T>(UriAction action, NodeChecks<T> c)
    {
        ActionValidators.CheckLabel(c, action);
        c.Required(FlexRules.UriRequired, "uri", action.Uri);
        c.MaxChars(FlexRules.UriLength, "uri", action.Uri);
        c.ActionUri(FlexRules.ActionUriScheme, "uri", action.Uri);
        ActionValidators.CheckAltUri(c, action.AltUri);
    }
}

/// <summary>Validates a POSTBACK action.</summary>
internal sealed class PostbackActionValidator() : NodeValidator<PostbackAction>(Check)
{
    /// <summary>A POSTBACK action's values, wherever it stands.</summary>
    public static void Check<T>(PostbackAction action, NodeChecks<T> c)
    {
        ActionValidators.CheckLabel(c, action);
        c.Required(FlexRules.DataRequired, "data", action.Data);
        c.MaxChars(FlexRules.DataLength, "data", action.Data);
        ActionValidators.CheckAltUri(c, action.AltUri);
    }
}
