namespace LineFlex;

// The rules of a message, its destinations and its content.

/// <summary>Validates a message: sender, destinations, content, options and webhooks, each where it stands.</summary>
internal sealed class MessageValidator() : NodeValidator<LineMessage>(Check)
{
    /// <summary>The checks of a message and of everything it holds, on its own or inside its request.</summary>
    public static void Check<T>(LineMessage message, NodeChecks<T> c)
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
        if (message.Content is { } content)
        {
            ContentValidator.Check(content, c.Below("content"));
        }

        if (message.Options is { } options)
        {
            MessageOptionsValidator.Check(options, c.Below("options"));
        }

        if (message.Webhooks is { } webhooks)
        {
            WebhooksValidator.Check(webhooks, c.Below("webhooks"));
        }
    }
}

/// <summary>Validates one destination, on its own or (through <see cref="Check{T}"/>) inside its message.</summary>
internal sealed class DestinationValidator() : NodeValidator<LineDestination>(Check)
{
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

/// <summary>Validates the LINE_NOTIFICATION content: its alt text and its bubble.</summary>
internal sealed class ContentValidator() : NodeValidator<LineNotificationContent>(Check)
{
    /// <summary>The checks of a content and its bubble, on its own or inside its message.</summary>
    public static void Check<T>(LineNotificationContent content, NodeChecks<T> c)
    {
        c.Required(FlexRules.AltTextRequired, "altText", content.AltText);
        c.MaxChars(FlexRules.AltTextLength, "altText", content.AltText, FlexTextLimits.AltText);
        if (content.AltText is { } altText && string.IsNullOrWhiteSpace(altText))
        {
            c.Fail(
                FlexRules.AltTextBlank,
                "altText",
                $"altText is {Blank(altText)}, so the push notification and the chat list show nothing; the value it was built from is probably missing. Give a short summary of the message.",
                altText);
        }

        c.Required(FlexRules.BubbleRequired, "contents", content.Contents);
        if (content.Contents is { } bubble)
        {
            BubbleValidator.Check(bubble, c.Below("contents"));
        }
    }

    /// <summary>Says which blank a text is, since "" and "   " have different likely causes.</summary>
    internal static string Blank(string text) => text.Length == 0 ? "empty" : "white space only";
}
