namespace LineFlex;

/// <summary>How <see cref="FlexTemplateCode.Generate"/> names and fills the template it writes.</summary>
/// <remarks>See docs/templates.md, section "From a design to a template".</remarks>
public sealed record FlexTemplateCodeOptions
{
    /// <summary>The template's class (<c>OrderShipped</c>); its model record is this name followed by <c>Model</c>.</summary>
    public required string ClassName { get; init; }

    /// <summary>The namespace of the class and its model (<c>Shop.Notifications</c>).</summary>
    public string Namespace { get; init; } = "Notifications";

    /// <summary>
    /// The alt text of a template made from bare bubbles, which have none; a fixed text. Designs that carry their own
    /// alt text (a content or a message) must leave it null.
    /// </summary>
    public string? AltText { get; init; }
}
