namespace LineFlex;

/// <summary>Boxes nest at most <see cref="FlexLimits.MaxDepth"/> deep; the call that would nest deeper says so.</summary>
internal static class NestingGuard
{
    private const string Fix = "Flatten the layout: put siblings side by side in one box rather than each in a box of its own.";

    /// <summary>Before building a child box of a box at <paramref name="level"/>.</summary>
    public static void EnsureRoomBelow(int level)
    {
        if (level >= FlexLimits.MaxDepth)
        {
            throw new InvalidOperationException(
                $"This box would be nested {level + 1} boxes deep; LineFlex allows at most {FlexLimits.MaxDepth} (FlexLimits.MaxDepth). {Fix}");
        }
    }

    /// <summary>Before adding a built <paramref name="component"/> to a box at <paramref name="level"/> (0 for a bubble's block).</summary>
    public static void EnsureFits(FlexComponent component, int level, string parameter)
    {
        var room = FlexLimits.MaxDepth - level;
        if (BoxNesting.Levels(component, room) > room)
        {
            var where = level == 0 ? "As a block it" : $"In a box nested {level} deep it";
            throw new ArgumentException(
                $"The component holds boxes nested more than {room} deep. {where} would reach more than {FlexLimits.MaxDepth} levels, the most LineFlex allows (FlexLimits.MaxDepth). {Fix}",
                parameter);
        }
    }

    /// <summary>Before taking a built bubble.</summary>
    public static void EnsureFits(FlexBubble bubble, string parameter)
    {
        foreach (var block in (ReadOnlySpan<FlexBox?>)[bubble.Header, bubble.Body, bubble.Footer])
        {
            if (block is not null)
            {
                EnsureFits(block, 0, parameter);
            }
        }
    }
}
