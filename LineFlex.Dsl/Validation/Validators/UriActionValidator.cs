using FluentValidation;

namespace LineFlex;

/// <summary>Validates a URI action.</summary>
internal sealed class UriActionValidator : AbstractValidator<UriAction>
{
    public UriActionValidator() => this.Checks(Check);

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
