namespace LineFlex;

/// <summary>How <see cref="FlexPreview"/> renders: whether images load, which validator marks the findings, the page's title.</summary>
/// <remarks>See docs/preview.md.</remarks>
public sealed record PreviewOptions
{
    /// <summary>The defaults: images load, findings from <see cref="FlexValidator.Default"/>.</summary>
    public static PreviewOptions Default { get; } = new();

    /// <summary>
    /// Whether images and icons load from their <c>https:</c> URLs. When false each is a neutral placeholder of the
    /// same size and aspect ratio, and the page fetches nothing: for tests, screenshots and offline review.
    /// </summary>
    public bool LoadImages { get; init; } = true;

    /// <summary>The validator whose findings are listed under each card; <see cref="FlexValidator.Default"/> when null.</summary>
    public FlexValidator? Validator { get; init; }

    /// <summary>The document's title; "LineFlex preview" when null.</summary>
    public string? Title { get; init; }
}
