namespace LineFlex;

/// <summary>
/// A component of a bubble: <see cref="FlexBox"/>, <see cref="FlexText"/>, <see cref="FlexSpan"/>,
/// <see cref="FlexImage"/>, <see cref="FlexIcon"/>, <see cref="FlexButton"/> or <see cref="FlexSeparator"/>.
/// </summary>
[FlexNode(Noun = "a component")]
public abstract partial record FlexComponent
{
    private protected FlexComponent()
    {
    }

    /// <summary>The wire <c>type</c> of this component.</summary>
    public abstract ComponentType Type { get; }
}
