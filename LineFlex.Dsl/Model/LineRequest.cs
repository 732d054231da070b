namespace LineFlex;

/// <summary>
/// The body of <c>POST /line/1/messages</c>: one or more messages sent under one bulk.
/// </summary>
/// <remarks>Build one with <see cref="Flex.Request()"/>; see docs/building-messages.md.</remarks>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode(Builder = typeof(RequestBuilder), Noun = "the request")]
public sealed partial record LineRequest
{
    /// <summary><c>messages</c> (required, at least one): the messages of this bulk.</summary>
    [Wire(Required = true)] public ValueList<LineMessage>? Messages { get; init; }

    /// <summary><c>options</c>: options applicable to all messages in the request.</summary>
    public RequestOptions? Options { get; init; }
}
