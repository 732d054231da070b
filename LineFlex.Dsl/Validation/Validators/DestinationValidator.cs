using FluentValidation;

namespace LineFlex;

/// <summary>Validates one destination, on its own or (through <see cref="Check{T}"/>) inside its message.</summary>
internal sealed class DestinationValidator : AbstractValidator<LineDestination>
{
    public DestinationValidator() => this.Checks(Check);

    /// <summary>A destination's values; a message checks its destinations with this directly, as they hold no children.</summary>
    public static void Check<T>(LineDestination destination, NodeChecks<T> c)
    {
        c.RequiredText(FlexRules.ToRequired, "to", destination.To);
        if (!string.IsNullOrEmpty(destination.To) && !destination.To.All(char.IsAsciiDigit))
        {
            c.Fail(
                FlexRules.PhoneNumber,
                "to",
                $"to \"{FlexLimits.Excerpt(destination.To)}\" is not a phone number in international form; write digits only, without '+', spaces or dashes (66855538125).",
                destination.To);
        }

        c.MaxChars(FlexRules.MessageIdLength, "messageId", destination.MessageId, 200);
    }
}
