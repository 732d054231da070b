using FluentValidation;

namespace LineFlex;

/// <summary>
/// Validates a whole request against every rule of <see cref="FlexRules"/>, that no two destinations share a
/// <c>messageId</c> included. Each failure's <c>PropertyName</c> is the wire path (<c>messages[0].sender</c>), its
/// <c>ErrorCode</c> the rule's code (<c>LF102</c>); see docs/validation.md.
/// </summary>
/// <remarks>
/// Build one and share it: it is immutable and thread-safe. Include it in a validator of your own
/// (<c>Include(new LineRequestValidator())</c>) to add your rules to LineFlex's. Its messages and options are checked
/// where they stand, inside this validator's one rule, by the checks of their own types' validators: a FluentValidation
/// child context per node would cost more than the checks of a small request (docs/architecture.md).
/// </remarks>
public sealed class LineRequestValidator : AbstractValidator<LineRequest>
{
    /// <summary>Creates a validator.</summary>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    public LineRequestValidator(TimeProvider? timeProvider = null)
        : this(null, timeProvider)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off.</summary>
    /// <param name="options">The rules turned off; none when null.</param>
    /// <param name="timeProvider">The clock for the 180-day <c>sendAt</c> horizon; the system clock when null.</param>
    public LineRequestValidator(FlexValidatorOptions? options, TimeProvider? timeProvider)
    {
        var clock = timeProvider ?? TimeProvider.System;
        Rule = this.Checks(NestingCheck.Of, (request, c) => Check(request, c, clock), options);
    }

    /// <summary>The validator's one rule, which <see cref="FlexValidator"/> and <see cref="SendValidator"/> run on its own.</summary>
    internal NodeRule<LineRequest> Rule { get; }

    /// <summary>The checks of a request and of everything it holds.</summary>
    internal static void Check<T>(LineRequest request, NodeChecks<T> c, TimeProvider clock)
    {
        c.NotEmptyList(FlexRules.MessagesRequired, "messages", request.Messages);
        c.NoNullItems("messages", request.Messages, "message");
        CheckUniqueMessageIds(request.Messages, c);
        for (var i = 0; request.Messages is not null && i < request.Messages.Count; i++)
        {
            if (request.Messages[i] is { } message)
            {
                LineMessageValidator.Check(message, c.Below("messages", i));
            }
        }

        if (request.Options is { } options)
        {
            RequestOptionsValidator.Check(options, c.Below("options"), clock);
        }
    }

    private static void CheckUniqueMessageIds<T>(ValueList<LineMessage>? messages, NodeChecks<T> c)
    {
        if (messages is null)
        {
            return;
        }

        // Where each id was first seen; a place is spelled only for a finding. A request of one id needs no table.
        string? first = null;
        Dictionary<string, (int Message, int Destination)>? seen = null;
        var firstAt = (Message: -1, Destination: -1);
        for (var m = 0; m < messages.Count; m++)
        {
            if (messages[m]?.Destinations is not { } destinations)
            {
                continue;
            }

            for (var d = 0; d < destinations.Count; d++)
            {
                if (destinations[d]?.MessageId is not { } id)
                {
                    continue;
                }

                if (first is null)
                {
                    (first, firstAt) = (id, (m, d));
                    continue;
                }

                seen ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal) { [first] = firstAt };
                if (!seen.TryAdd(id, (m, d)))
                {
                    c.Fail(
                        FlexRules.DuplicateMessageId,
                        IdPath(m, d),
                        $"messageId \"{FlexLimits.Excerpt(id)}\" is already used at {IdPath(seen[id].Message, seen[id].Destination)}; give each destination its own, or delivery reports can't be told apart.",
                        id);
                }
            }
        }
    }

    private static string IdPath(int message, int destination) => $"messages[{message}].destinations[{destination}].messageId";
}
