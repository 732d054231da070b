namespace LineFlex;

/// <summary>Which template, and which of its variants, a message was built from.</summary>
/// <param name="Template">The template's name (<c>shipment-tracking</c>).</param>
/// <param name="Variant">The variant (<c>th</c>): see <see cref="FlexTemplate{TModel}.VariantOf"/>.</param>
/// <remarks>See docs/approval.md.</remarks>
public sealed record FlexTemplateOrigin(string Template, string Variant)
{
    /// <summary><c>template/variant</c>.</summary>
    public override string ToString() => Template + "/" + Variant;
}
