namespace LineFlex;

/// <summary>The <c>content</c> of a message, of type <c>LINE_NOTIFICATION</c> (the only type).</summary>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode("LINE_NOTIFICATION", Builder = typeof(MessageBuilder), Noun = "the content")]
public sealed partial record LineNotificationContent
{
    /// <summary><c>altText</c> (required, 0..400 characters): shown where the bubble cannot be.</summary>
    [Wire(Required = true), Setter] public string? AltText { get; init; }

    /// <summary><c>contents</c> (required): the bubble.</summary>
    [Wire(Required = true)] public FlexBubble? Contents { get; init; }
}
