namespace LineFlex;

/// <summary>
/// How deep boxes nest in a tree, measured without ever recursing more than a bound deep: a tree made of records
/// can nest arbitrarily, and a walk that followed it all the way would end the process with a stack overflow.
/// </summary>
internal static class BoxNesting
{
    /// <summary>
    /// The number of box levels in <paramref name="component"/> (0 for a leaf, 1 for a box of leaves), or
    /// <paramref name="bound"/> + 1 when it has more than <paramref name="bound"/>.
    /// </summary>
    public static int Levels(FlexComponent? component, int bound)
    {
        if (component is not FlexBox box)
        {
            return 0;
        }

        if (bound <= 0)
        {
            return 1;
        }

        var deepest = 0;
        for (var i = 0; box.Contents is not null && i < box.Contents.Count; i++)
        {
            var levels = Levels(box.Contents[i], bound - 1);
            if (levels > deepest)
            {
                if (levels >= bound)
                {
                    return bound + 1;
                }

                deepest = levels;
            }
        }

        return deepest + 1;
    }

    /// <summary>Whether <paramref name="component"/> nests more than <see cref="FlexLimits.MaxDepth"/> boxes.</summary>
    public static bool TooDeep(FlexComponent? component) => Levels(component, FlexLimits.MaxDepth) > FlexLimits.MaxDepth;

    /// <summary>
    /// The path from <paramref name="root"/> (<c>contents[0].contents[2]</c>) to its first box at level
    /// <see cref="FlexLimits.MaxDepth"/> + 1, or null when no box is that deep.
    /// </summary>
    public static string? FirstTooDeep(FlexComponent? root)
    {
        if (!TooDeep(root))
        {
            return null;
        }

        var path = new System.Text.StringBuilder();
        var box = (FlexBox)root!;
        for (var allowed = FlexLimits.MaxDepth - 1; allowed >= 0; allowed--)
        {
            // This box has more levels below it than allowed: one of its children does.
            for (var i = 0; i < box.Contents!.Count; i++)
            {
                if (Levels(box.Contents[i], allowed) > allowed)
                {
                    path.Append(path.Length == 0 ? string.Empty : ".").Append("contents[").Append(i).Append(']');
                    box = (FlexBox)box.Contents[i]!;
                    break;
                }
            }
        }

        return path.ToString();
    }
}
