namespace LineFlex;

/// <summary>
/// One file of a design, as <see cref="FlexTemplateCode.Generate"/> reads it: the sample's name and the tree the file
/// holds (a <see cref="FlexBubble"/>, a <see cref="LineNotificationContent"/> or a <see cref="LineMessage"/>).
/// </summary>
/// <param name="Name">The sample's name in the template: lowercase words joined by hyphens (<c>th</c>, <c>en</c>, <c>30-items</c>).</param>
/// <param name="Design">The tree: a bubble, a content (alt text and bubble) or a message; every sample of one template holds the same kind.</param>
/// <remarks>See docs/templates.md, section "From a design to a template".</remarks>
public sealed record FlexTemplateSample(string Name, object Design)
{
    /// <summary>Where the design came from (<c>receipt.en.json</c>), for the errors; the sample's name when null.</summary>
    public string? Source { get; init; }

    /// <summary>How errors name this sample: its source, or its name in quotes.</summary>
    internal string Label => Source ?? $"sample \"{Name}\"";
}
