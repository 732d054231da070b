namespace LineFlex;

/// <summary>One message of a request: who sends it, to whom, what, and how.</summary>
/// <remarks>Build one with <see cref="Flex.Message()"/>; see docs/building-messages.md.</remarks>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode(Builder = typeof(MessageBuilder), Noun = "a message")]
public sealed partial record LineMessage
{
    /// <summary><c>sender</c> (required): the LINE Official Account id.</summary>
    [Wire(Required = true), Setter] public string? Sender { get; init; }

    /// <summary><c>destinations</c> (required, at least one): the recipients.</summary>
    [Wire(Required = true)] public ValueList<LineDestination>? Destinations { get; init; }

    /// <summary><c>content</c> (required): the LINE notification.</summary>
    [Wire(Required = true)] public LineNotificationContent? Content { get; init; }

    /// <summary><c>options</c>: per-message options (validity, delivery window, SMS failover, ...).</summary>
    public MessageOptions? Options { get; init; }

    /// <summary><c>webhooks</c>: where and how delivery reports are sent.</summary>
    public MessageWebhooks? Webhooks { get; init; }
}
