using FluentValidation;

namespace LineFlex;

/// <summary>Validates a whole request, and that no two destinations share a messageId.</summary>
internal sealed class RequestValidator : AbstractValidator<LineRequest>
{
    public RequestValidator(MessageValidator message, TimeProvider clock)
    {
        this.Checks((request, c) =>
        {
            c.NotEmptyList(FlexRules.MessagesRequired, "messages", request.Messages);
            c.NoNullItems("messages", request.Messages, "message");
            CheckUniqueMessageIds(request.Messages, c);
        });
        RuleForEach(x => x.Messages).SetValidator(message);
        RuleFor(x => x.Options).SetValidator(new RequestOptionsValidator(clock)!);
    }

    private static void CheckUniqueMessageIds(ValueList<LineMessage>? messages, NodeChecks<LineRequest> c)
    {
        if (messages is null)
        {
            return;
        }

        Dictionary<string, string>? seen = null;
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

                seen ??= new Dictionary<string, string>(StringComparer.Ordinal);
                var here = $"messages[{m}].destinations[{d}].messageId";
                if (!seen.TryAdd(id, here))
                {
                    c.Fail(
                        FlexRules.DuplicateMessageId,
                        here,
                        $"messageId \"{FlexLimits.Excerpt(id)}\" is already used at {seen[id]}; give each destination its own, or delivery reports can't be told apart.",
                        id);
                }
            }
        }
    }
}
