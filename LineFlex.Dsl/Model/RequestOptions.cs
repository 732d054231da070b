namespace LineFlex;

/// <summary><c>options</c> of a request: options applicable to all its messages.</summary>
[FlexNode(Builder = typeof(RequestBuilder), Noun = "request options")]
public sealed partial record RequestOptions
{
    /// <summary><c>schedule</c>: bulk id, sending time and sending speed.</summary>
    public ScheduleOptions? Schedule { get; init; }
}
