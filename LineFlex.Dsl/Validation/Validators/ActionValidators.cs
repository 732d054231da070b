namespace LineFlex;

// The rules of actions.

/// <summary>
/// One validator per action type. An action is checked where it stands by <see cref="Check{T}"/>, which
/// dispatches on its type to that type's checks: an action holds no component, and a validator call for it
/// (usually for a component with no action at all) would cost more than its checks. An action validated on
/// its own goes through <see cref="Validate"/>.
/// </summary>
internal sealed class ActionValidators
{
    public UriActionValidator Uri { get; } = new();

    public PostbackActionValidator Postback { get; } = new();

    /// <summary>Checks the action at <c>action</c> below the node of <paramref name="c"/>, when there is one.</summary>
    public static void Check<T>(FlexAction? action, NodeChecks<T> c)
    {
        switch (action)
        {
            case UriAction uri:
                UriActionValidator.Check(uri, c.Below("action"));
                break;
            case PostbackAction postback:
                PostbackActionValidator.Check(postback, c.Below("action"));
                break;
        }
    }

    /// <summary>An action's <c>label</c>, the same for both action types.</summary>
    public static void CheckLabel<T>(NodeChecks<T> c, FlexAction action)
    {
        c.Required(FlexRules.LabelRequired, "label", action.Label);
        c.MaxChars(FlexRules.LabelLength, "label", action.Label, FlexTextLimits.Label);
    }

    /// <summary>An action's <c>altUri</c>, the same for both action types.</summary>
    public static void CheckAltUri<T>(NodeChecks<T> c, AltUri? altUri)
    {
        if (altUri is not null)
        {
            c.MaxChars(FlexRules.DesktopUriLength, "altUri.desktop", altUri.Desktop, 1000);
            c.ActionUri(FlexRules.DesktopUriScheme, "altUri.desktop", altUri.Desktop);
        }
    }

    public FluentValidation.Results.ValidationResult Validate(FlexAction action) => action switch
    {
        UriAction uri => Uri.Validate(uri),
        PostbackAction postback => Postback.Validate(postback),
        _ => new FluentValidation.Results.ValidationResult(),
    };
}

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator() : NodeValidator<UriAction>(Check)
{
    /// <summary>A URI action's values, wherever it stands.</summary>
    public static void Check<T>(UriAction action, NodeChecks<T> c)
    {
        ActionValidators.CheckLabel(c, action);
        c.Required(FlexRules.UriRequired, "uri", action.Uri);
        c.MaxChars(FlexRules.UriLength, "uri", action.Uri, 1000);
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
        c.MaxChars(FlexRules.DataLength, "data", action.Data, 1000);
        ActionValidators.CheckAltUri(c, action.AltUri);
    }
}
