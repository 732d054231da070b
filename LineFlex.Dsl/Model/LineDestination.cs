namespace LineFlex;

/// <summary>One recipient of a message (<c>destinations[]</c>).</summary>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode(Noun = "a destination")]
public sealed partial record LineDestination
{
    /// <summary><c>to</c> (required): the phone number in international form without '+' (<c>66855538125</c>).</summary>
    [Wire(Required = true)] public string? To { get; init; }

    /// <summary><c>messageId</c> (0..200 characters): your id for this message; Infobip generates one when absent.</summary>
    public string? MessageId { get; init; }
}
