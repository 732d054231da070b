using FluentValidation;

namespace LineFlex;

/// <summary>
/// Validates one message against every rule of <see cref="FlexRules"/>: sender, destinations, content and its bubble,
/// options and webhooks. Each failure's <c>PropertyName</c> is the wire path relative to the message
/// (<c>content.altText</c>), its <c>ErrorCode</c> the rule's code (<c>LF201</c>); see docs/validation.md.
/// </summary>
/// <remarks>
/// Build one and share it: it is immutable and thread-safe. Include it in a validator of your own
/// (<c>Include(new LineMessageValidator())</c>) to add your rules to LineFlex's; derive yours from
/// <see cref="LineFlexValidator{T}"/> for your rules to report at wire paths too. Rules that span the request (unique
/// message ids, the schedule) need <see cref="LineRequestValidator"/>.
/// </remarks>
public sealed class LineMessageValidator : AbstractValidator<LineMessage>
{
    /// <summary>Creates a validator.</summary>
    public LineMessageValidator()
        : this(null)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off.</summary>
    public LineMessageValidator(FlexValidatorOptions? options) => Rule = this.Checks(NestingCheck.Of, Check, options);

    /// <summary>The validator's one rule, which <see cref="FlexValidator"/> and <see cref="SendValidator"/> run on its own.</summary>
    internal NodeRule<LineMessage> Rule { get; }

    /// <summary>The checks of a message and of everything it holds, on its own or inside its request.</summary>
    internal static void Check<T>(LineMessage message, NodeChecks<T> c)
    {
        c.RequiredText(FlexRules.SenderRequired, "sender", message.Sender);
        c.NotEmptyList(FlexRules.DestinationsRequired, "destinations", message.Destinations);
        c.NoNullItems("destinations", message.Destinations, "destination");
        for (var i = 0; message.Destinations is not null && i < message.Destinations.Count; i++)
        {
            if (message.Destinations[i] is { } destination)
            {
                DestinationValidator.Check(destination, c.Below("destinations", i));
            }
        }

        c.Required(FlexRules.ContentRequired, "content", message.Content);
        c.Child(message.Content, "content", ContentValidator.Check);
        c.Child(message.Options, "options", MessageOptionsValidator.Check);
        c.Child(message.Webhooks, "webhooks", WebhooksValidator.Check);
    }
}
