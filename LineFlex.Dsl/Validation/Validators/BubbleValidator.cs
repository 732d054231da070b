using FluentValidation;

namespace LineFlex;

/// <summary>Validates a bubble: its blocks, styles and action, the first-child and separator rules, and its 30 KB size.</summary>
internal sealed class BubbleValidator : AbstractValidator<FlexBubble>
{
    /// <summary>LINE's 30 KB, read strictly as 30,000 bytes so nothing we pass is rejected.</summary>
    public const int MaxBytes = 30_000;

    public BubbleValidator(ComponentValidators components, ActionValidators actions)
    {
        RuleFor(x => x.Size).Defined("size");
        RuleFor(x => x.Direction).Defined("direction");
        RuleFor(x => x.Header).SetValidator(components.Box!);
        RuleFor(x => x.Body).SetValidator(components.Box!);
        RuleFor(x => x.Footer).SetValidator(components.Box!);
        RuleFor(x => x.Header).Custom(CheckFirstChild);
        RuleFor(x => x.Body).Custom(CheckFirstChild);
        RuleFor(x => x.Footer).Custom(CheckFirstChild);
        RuleFor(x => x.Style).SetValidator(new BubbleStylesValidator()!);
        RuleFor(x => x.Style).Custom(CheckSeparatorAboveFirstBlock);
        RuleFor(x => x.Action).SetInheritanceValidator(actions.Register);
        RuleFor(x => x).Custom(CheckSize);
        RuleFor(x => x).Custom(CheckOneIcon);
    }

    private static void CheckOneIcon(FlexBubble bubble, ValidationContext<FlexBubble> context)
    {
        var seen = 0;
        foreach (var (block, box) in (ReadOnlySpan<(string, FlexBox?)>)[("header", bubble.Header), ("body", bubble.Body), ("footer", bubble.Footer)])
        {
            FindIcons(box, block, ref seen, context);
        }
    }

    private static void FindIcons(FlexBox? box, string path, ref int seen, ValidationContext<FlexBubble> context)
    {
        if (box?.Contents is not { } contents)
        {
            return;
        }

        for (var i = 0; i < contents.Count; i++)
        {
            var childPath = $"{path}.contents[{i}]";
            switch (contents[i])
            {
                case FlexIcon when ++seen > 1:
                    context.Report(FlexRules.OneIcon, childPath, "A LINE notification bubble holds at most one ICON; this is another one. Remove it.", "ICON");
                    break;
                case FlexBox child:
                    FindIcons(child, childPath, ref seen, context);
                    break;
            }
        }
    }

    private static void CheckFirstChild(FlexBox? block, ValidationContext<FlexBubble> context)
    {
        if (block?.Contents is { Count: > 0 } contents && contents[0] is IPlaced { Position: FlexPosition.Absolute })
        {
            context.Report(
                FlexRules.FirstChildAbsolute,
                "contents[0].position",
                "The first child of a block can't be ABSOLUTE; make it RELATIVE, or put a relative component before it.",
                "ABSOLUTE");
        }
    }

    private static void CheckSeparatorAboveFirstBlock(BubbleStyles? styles, ValidationContext<FlexBubble> context)
    {
        if (styles is null)
        {
            return;
        }

        var bubble = context.InstanceToValidate;
        var (first, style) = bubble.Header is not null ? ("header", styles.Header)
            : bubble.Body is not null ? ("body", styles.Body)
            : bubble.Footer is not null ? ("footer", styles.Footer)
            : (string.Empty, null);
        if (style?.Separator == true)
        {
            context.Report(
                FlexRules.SeparatorAboveFirstBlock,
                first + ".separator",
                $"The {first} is the first block, and there is nothing above it to separate; remove style.{first}.separator.",
                true);
        }
    }

    private static void CheckSize(FlexBubble bubble, ValidationContext<FlexBubble> context)
    {
        long bytes;
        try
        {
            bytes = Utf8ByteCounter.Measure(bubble);
        }
        catch (ArgumentException)
        {
            // An undefined enum value cannot be written; LF415 reports it, and the size is unknown.
            return;
        }

        if (bytes > MaxBytes)
        {
            context.Report(
                FlexRules.BubbleSize,
                string.Empty,
                $"The bubble's JSON is {bytes:N0} bytes; the limit is {MaxBytes:N0} bytes (30 KB). Move content out, or split it into several messages.",
                bytes);
        }
    }
}
