using FluentValidation;

namespace LineFlex;

/// <summary>Validates a whole request, and that no two destinations share a messageId.</summary>
internal sealed class RequestValidator : AbstractValidator<LineRequest>
{
    public RequestValidator(MessageValidator message, TimeProvider clock)
    {
        RuleFor(x => x.Messages).NotEmptyList(FlexRules.MessagesRequired, "messages");
        RuleFor(x => x.Messages).NoNullItems("message");
        RuleForEach(x => x.Messages).SetValidator(message);
        RuleFor(x => x.Messages).Custom(CheckUniqueMessageIds);
        RuleFor(x => x.Options).SetValidator(new RequestOptionsValidator(clock)!);
    }

    private static void CheckUniqueMessageIds(ValueList<LineMessage>? messages, ValidationContext<LineRequest> context)
    {
        if (messages is null)
        {
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
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

                var here = $"[{m}].destinations[{d}].messageId";
                if (seen.TryGetValue(id, out var first))
                {
                    context.Report(
                        FlexRules.DuplicateMessageId,
                        here,
                        $"messageId \"{RuleExtensions.Shorten(id)}\" is already used at messages{first}; give each destination its own, or delivery reports can't be told apart.",
                        id);
                }
                else
                {
                    seen.Add(id, here);
                }
            }
        }
    }
}
