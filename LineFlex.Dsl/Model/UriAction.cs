namespace LineFlex;

/// <summary>A <c>URI</c> action: opens a link.</summary>
public sealed record UriAction : FlexAction
{
    /// <inheritdoc/>
    public override ActionType Type => ActionType.Uri;

    /// <summary><c>uri</c> (required, 0..1000 characters): <c>http</c>, <c>https</c>, <c>line</c> or <c>tel</c>.</summary>
    public string? Uri { get; init; }

    /// <summary><c>altUri</c>: the link opened on LINE for desktop instead.</summary>
    public AltUri? AltUri { get; init; }
}
