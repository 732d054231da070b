namespace LineFlex;

// The rules of a message's destinations and its content; the message's own are LineMessageValidator's.

/// <summary>Validates one destination, on its own or (through <see cref="Check{T}"/>) inside its message.</summary>
internal sealed class DestinationValidator() : NodeValidator<LineDestination>(Check)
{
    /// <summary>A destination's values; a message checks its destinations with this directly, as they hold no children.</summary>
    public static void Check<T>(LineDestination destination, NodeChecks<T> c)
    {
        c.RequiredText(FlexRules.ToRequired, "to", destination.To);
        if (!string.IsNullOrEmpty(destination.To) && !destination.To.All(char.IsAsciiDigit))
        {
            c.Refuse(FlexRules.PhoneNumber, "to", destination.To, "is not a phone number in international form; write digits only, without '+', spaces or dashes (66855538125).");
        }

        c.MaxChars(FlexRules.MessageIdLength, "messageId", destination.MessageId);
    }
}

/// <summary>Validates the LINE_NOTIFICATION content: its alt text and its bubble.</summary>
internal sealed class ContentValidator() : NodeValidator<LineNotificationContent>(Check)
{
    /// <summary>The checks of a content and its bubble, on its own or inside its message.</summary>
    public static void Check<T>(LineNotificationContent content, NodeChecks<T> c)
    {
        c.Required(FlexRules.AltTextRequired, "altText", content.AltText);
        c.MaxChars(FlexRules.AltTextLength, "altText", content.AltText);
        if (content.AltText is { } altText && string.IsNullOrWhiteSpace(altText))
        {
            c.Fail(
                FlexRules.AltTextBlank,
                "altText",
                $"altText is {Blank(altText)}, so the push notification and the chat list show nothing; the value it was built from is probably missing. Give a short summary of the message.",
                altText);
        }

        c.Required(FlexRules.BubbleRequired, "contents", content.Contents);
        c.Child(content.Contents, "contents", FlexBubbleValidator.Check);
    }

    /// <summary>Says which blank a text is, since "" and "   " have different likely causes.</summary>
    internal static string Blank(string text) => text.Length == 0 ? "empty" : "white space only";
}
