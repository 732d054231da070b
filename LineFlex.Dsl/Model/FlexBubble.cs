namespace LineFlex;

/// <summary>
/// The <c>BUBBLE</c> container: a header, a body and a footer box, their styles, and an action.
/// </summary>
/// <remarks>Build one with <see cref="Flex.Bubble()"/>; see docs/building-messages.md.</remarks>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode("BUBBLE", Builder = typeof(BubbleBuilder), Noun = "a bubble")]
public sealed partial record FlexBubble
{
    /// <summary><c>size</c>: the bubble's width; LINE's default is MEGA.</summary>
    [Setter] public BubbleSize? Size { get; init; }

    /// <summary><c>direction</c>: the text direction.</summary>
    [Setter] public BubbleDirection? Direction { get; init; }

    /// <summary><c>header</c>: the header block.</summary>
    public FlexBox? Header { get; init; }

    /// <summary><c>body</c>: the body block.</summary>
    public FlexBox? Body { get; init; }

    /// <summary><c>footer</c>: the footer block.</summary>
    public FlexBox? Footer { get; init; }

    /// <summary><c>style</c>: background and separator of each block.</summary>
    public BubbleStyles? Style { get; init; }

    /// <summary><c>action</c>: what a tap on the bubble does.</summary>
    public FlexAction? Action { get; init; }
}
