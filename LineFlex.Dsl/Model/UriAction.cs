namespace LineFlex;

/// <summary>A <c>URI</c> action: opens a link.</summary>
[FlexNode(ActionType.Uri, Noun = "a URI action")]
public sealed partial record UriAction : FlexAction
{
    /// <summary><c>uri</c> (required, 0..1000 characters): <c>http</c>, <c>https</c>, <c>line</c> or <c>tel</c>.</summary>
    [Wire(Required = true)] public string? Uri { get; init; }

    /// <summary><c>altUri</c>: the link opened on LINE for desktop instead.</summary>
    public AltUri? AltUri { get; init; }
}
