namespace LineFlex.Testing;

/// <summary>How <see cref="FlexSnapshot"/> checks, stores and reports. Every property has a sensible default.</summary>
public sealed record FlexSnapshotOptions
{
    /// <summary>
    /// Whether a missing snapshot fails instead of being written. Null (the default) follows Snapshooter's
    /// convention: strict when the environment variable <c>SNAPSHOOTER_STRICT_MODE</c> is <c>on</c> or <c>true</c>, as in CI.
    /// </summary>
    public bool? Strict { get; init; }

    /// <summary>The validator run before matching; errors fail the match, warnings are reported. A shared default validator when null.</summary>
    public FlexValidator? Validator { get; init; }

    /// <summary>
    /// Renders a model node (the snapshot's and the new one) as an HTML page. When set, a mismatch writes
    /// <c>{name}.old.html</c> and <c>{name}.new.html</c> beside the mismatching JSON, for a reviewer to compare.
    /// Plug in the preview package's renderer here when it is referenced.
    /// </summary>
    public Func<object, string>? PreviewHtml { get; init; }

    /// <summary>Where warnings are reported, one line each; the console (which test runners capture) when null.</summary>
    public Action<string>? Report { get; init; }
}
