namespace LineFlex;

/// <summary>What a tap does: a <see cref="UriAction"/> or a <see cref="PostbackAction"/>.</summary>
/// <remarks>Create one with <see cref="Flex.Uri"/> or <see cref="Flex.Postback"/>; see docs/building-messages.md.</remarks>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode(Noun = "an action")]
public abstract partial record FlexAction
{
    /// <summary>The wire <c>type</c> of this action.</summary>
    public abstract ActionType Type { get; }

    /// <summary><c>label</c> (required, 0..20 characters): the text shown for the action.</summary>
    [Wire(Required = true)] public string? Label { get; init; }
}
