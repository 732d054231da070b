namespace LineFlex.Testing;

/// <summary>How <see cref="FlexSnapshot"/> checks, stores and reports. Every property has a sensible default.</summary>
public sealed record FlexSnapshotOptions
{
    /// <summary>
    /// Whether a missing snapshot fails instead of being written. Null (the default) follows Snapshooter's
    /// convention: strict when the environment variable <c>SNAPSHOOTER_STRICT_MODE</c> is <c>on</c> or <c>true</c>, as in CI.
    /// </summary>
    public bool? Strict { get; init; }

    /// <summary>The environment variable that accepts changed snapshots when it is <c>1</c>, <c>on</c> or <c>true</c>: <c>LINEFLEX_ACCEPT_SNAPSHOTS</c>.</summary>
    public const string AcceptVariable = "LINEFLEX_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Whether a snapshot that differs, or is missing, is written with the new wire JSON (and reported as accepted) instead of
    /// failing: for a change that is intended, then reviewed in the diff of the .snap files. Null (the default) accepts when the
    /// environment variable <see cref="AcceptVariable"/> is <c>1</c>, <c>on</c> or <c>true</c>. Accepting in strict mode is an error.
    /// </summary>
    public bool? Accept { get; init; }

    /// <summary>The validator run before matching; errors fail the match, warnings are reported. A shared default validator when null.</summary>
    public FlexValidator? Validator { get; init; }

    /// <summary>
    /// Renders a model node (the snapshot's and the new one) as an HTML page: a mismatch writes
    /// <c>{name}.old.html</c> and <c>{name}.new.html</c> beside the mismatching JSON, for a reviewer to compare.
    /// By default a request, message or bubble is rendered with <see cref="FlexPreview"/> (other nodes get no
    /// preview: a renderer that returns an empty string writes none); null writes no previews.
    /// </summary>
    public Func<object, string>? PreviewHtml { get; init; } = DefaultPreview;

    /// <summary>LineFlex.Preview's rendering of a request, message or bubble; an empty string for any other node.</summary>
    public static string DefaultPreview(object node) => node switch
    {
        LineRequest request => FlexPreview.Render(request),
        LineMessage message => FlexPreview.Render(message),
        FlexBubble bubble => FlexPreview.Render(bubble),
        _ => string.Empty,
    };

    /// <summary>Where warnings are reported, one line each; the console (which test runners capture) when null.</summary>
    public Action<string>? Report { get; init; }
}
