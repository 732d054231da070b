namespace LineFlex;

/// <summary>
/// How deep a tree nests, measured without ever recursing more than a bound deep: a tree made of records can nest
/// arbitrarily, and a walk that followed it all the way would end the process with a stack overflow. A box counts a
/// level, and so does every component that holds one; which components those are is generated from the model's
/// declarations (BoxNesting.g.cs), so the builder, the validator, the writer and the reader count alike.
/// </summary>
internal static partial class BoxNesting
{
    /// <summary>Whether <paramref name="component"/> nests more than <see cref="FlexLimits.MaxDepth"/> levels.</summary>
    public static bool TooDeep(FlexComponent? component) => Levels(component, FlexLimits.MaxDepth) > FlexLimits.MaxDepth;

    /// <summary>
    /// The path from <paramref name="root"/> (<c>contents[0].contents[2]</c>) to its first component at level
    /// <see cref="FlexLimits.MaxDepth"/> + 1, or null when none is that deep.
    /// </summary>
    public static string? FirstTooDeep(FlexComponent? root)
    {
        if (!TooDeep(root))
        {
            return null;
        }

        var path = new System.Text.StringBuilder();
        var component = root!;
        for (var allowed = FlexLimits.MaxDepth - 1; allowed >= 0; allowed--)
        {
            // This component has more levels below it than allowed: one of its children does.
            component = ChildTooDeep(component, allowed, path)!;
        }

        return path.ToString();
    }

    /// <summary>
    /// What a pass (<paramref name="verb"/>: "writes", "walks") says of the component at <paramref name="path"/>, standing
    /// <paramref name="level"/> levels deep, when that is more than <see cref="FlexLimits.MaxDepth"/>.
    /// </summary>
    public static string TooDeepMessage(string path, int level, string verb) =>
        $"The component at '{path}' is nested {level} levels deep (each box, and each component holding one, counts a level); LineFlex {verb} at most {FlexLimits.MaxDepth} (FlexLimits.MaxDepth). "
        + $"Flatten the layout: put siblings side by side in one box rather than each in a box of its own. FlexValidator reports it as {FlexRules.NestingDepth.Code}.";

    /// <summary>Keeps the deepest of the children's <paramref name="levels"/>; false once one reaches <paramref name="bound"/>.</summary>
    private static bool Within(int levels, int bound, ref int deepest)
    {
        if (levels > deepest)
        {
            if (levels >= bound)
            {
                return false;
            }

            deepest = levels;
        }

        return true;
    }

    private static System.Text.StringBuilder Segment(System.Text.StringBuilder path, string name) =>
        path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
}
