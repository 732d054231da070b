namespace LineFlex;

/// <summary>A <c>POSTBACK</c> action: sends <see cref="Data"/> back to the account.</summary>
[FlexNode(ActionType.Postback, Noun = "a POSTBACK action")]
public sealed partial record PostbackAction : FlexAction
{
    /// <summary><c>data</c> (required, 0..1000 characters): what is sent back.</summary>
    [Wire(Required = true)] public string? Data { get; init; }

    /// <summary><c>altUri</c>: the link opened on LINE for desktop instead.</summary>
    public AltUri? AltUri { get; init; }
}
