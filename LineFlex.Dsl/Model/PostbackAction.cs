namespace LineFlex;

/// <summary>A <c>POSTBACK</c> action: sends <see cref="Data"/> back to the account.</summary>
public sealed record PostbackAction : FlexAction
{
    /// <inheritdoc/>
    public override ActionType Type => ActionType.Postback;

    /// <summary><c>data</c> (required, 0..1000 characters): what is sent back.</summary>
    public string? Data { get; init; }

    /// <summary><c>altUri</c>: the link opened on LINE for desktop instead.</summary>
    public AltUri? AltUri { get; init; }
}
