using System.Reflection;

namespace LineFlex;

/// <summary>
/// Draws the length properties of the model that share their name with a CSS property (<c>maxWidth</c> is
/// <c>max-width</c>), found in <see cref="FlexSchema"/>, so such a property added to the model shows in the preview
/// without a change to <see cref="BubbleWriter"/>. Every other property is listed in the preview's details table.
/// </summary>
internal static class NamedCssProperties
{
    /// <summary>The CSS properties LINE's lengths map onto by name alone; <c>width</c> and <c>height</c> are drawn by hand.</summary>
    private static readonly string[] Css = ["max-width", "max-height", "min-width", "min-height"];

    /// <summary>For each component type, its properties named as a CSS property, with that name; empty for most.</summary>
    private static readonly Dictionary<Type, (PropertyInfo Property, string Css)[]> ByType = FlexSchema.Nodes.ToDictionary(
        n => n.Type,
        n => n.Properties
            .Where(p => CssName(p) is not null)
            .Select(p => (n.Type.GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance)!, CssName(p)!))
            .ToArray());

    /// <summary>The CSS property a component's property is drawn as by its name (<c>max-width</c>), or null.</summary>
    public static string? CssName(FlexPropertySchema property) =>
        property.Type == typeof(FlexLength) && Css.Contains(Kebab(property.WireName)) ? Kebab(property.WireName) : null;

    /// <summary>Adds to <paramref name="style"/> each well-formed length of <paramref name="component"/> named as a CSS property.</summary>
    public static void Add(FlexComponent component, CssStyle style)
    {
        if (!ByType.TryGetValue(component.GetType(), out var properties))
        {
            return;
        }

        foreach (var (property, css) in properties)
        {
            style.Add(css, CssLength.Of(property.GetValue(component) as FlexLength?));
        }
    }

    private static string Kebab(string wireName) =>
        string.Concat(wireName.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
}
