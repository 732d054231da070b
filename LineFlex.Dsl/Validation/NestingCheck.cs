namespace LineFlex;

/// <summary>
/// Finds a box nested deeper than <see cref="FlexLimits.MaxDepth"/> before any validator walks the tree: the
/// validators recurse through boxes, and a tree of records can nest deep enough to overflow the stack.
/// </summary>
internal static class NestingCheck
{
    public static FlexFinding? Of(LineRequest request)
    {
        for (var m = 0; request.Messages is not null && m < request.Messages.Count; m++)
        {
            if (TooDeepBlock(request.Messages[m]?.Content?.Contents) is { } block)
            {
                return Finding($"messages[{m}].content.contents.{block.Name}", block.Box);
            }
        }

        return null;
    }

    public static FlexFinding? Of(LineMessage message) =>
        TooDeepBlock(message.Content?.Contents) is { } block ? Finding("content.contents." + block.Name, block.Box) : null;

    public static FlexFinding? Of(FlexBubble bubble) =>
        TooDeepBlock(bubble) is { } block ? Finding(block.Name, block.Box) : null;

    public static FlexFinding? Of(FlexComponent component) =>
        BoxNesting.TooDeep(component) ? Finding(string.Empty, component) : null;

    private static (string Name, FlexBox Box)? TooDeepBlock(FlexBubble? bubble) =>
        bubble is null ? null
        : BoxNesting.TooDeep(bubble.Header) ? ("header", bubble.Header!)
        : BoxNesting.TooDeep(bubble.Body) ? ("body", bubble.Body!)
        : BoxNesting.TooDeep(bubble.Footer) ? ("footer", bubble.Footer!)
        : null;

    private static FlexFinding Finding(string pathOfRoot, FlexComponent root)
    {
        var below = BoxNesting.FirstTooDeep(root)!;
        var path = pathOfRoot.Length == 0 ? below : pathOfRoot + "." + below;
        var level = FlexLimits.MaxDepth + 1;
        return new FlexFinding(
            FindingSeverity.Error,
            FlexRules.NestingDepth.Code,
            path,
            $"This box is nested {level} boxes deep; at most {FlexLimits.MaxDepth} may nest (FlexLimits.MaxDepth). "
            + "Flatten the layout: put siblings side by side in one box rather than each in a box of its own. "
            + "Nothing else in the tree is checked until it nests less deeply.",
            level);
    }
}
