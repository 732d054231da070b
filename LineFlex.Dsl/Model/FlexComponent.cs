namespace LineFlex;

/// <summary>
/// A component of a bubble: <see cref="FlexBox"/>, <see cref="FlexText"/>, <see cref="FlexSpan"/>,
/// <see cref="FlexImage"/>, <see cref="FlexIcon"/>, <see cref="FlexButton"/> or <see cref="FlexSeparator"/>.
/// </summary>
// Any Newtonsoft serializer (a snapshot library's, say) writes the wire JSON, never the C# graph.
[Newtonsoft.Json.JsonConverter(typeof(FlexJsonConverter))]
[FlexNode(Noun = "a component")]
public abstract partial record FlexComponent
{
    /// <summary>The wire <c>type</c> of this component.</summary>
    public abstract ComponentType Type { get; }
}
