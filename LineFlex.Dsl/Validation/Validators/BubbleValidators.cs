using FluentValidation;

namespace LineFlex;

// The rules of a bubble and its block styles.

/// <summary>
/// Validates one bubble against every rule of <see cref="FlexRules"/> that a bubble can break: its blocks and what they
/// hold, styles and action, the first-child and separator rules, and its 30 KB size. Each failure's
/// <c>PropertyName</c> is the wire path relative to the bubble (<c>body.contents[0].text</c>), its <c>ErrorCode</c> the
/// rule's code (<c>LF126</c>); see docs/validation.md.
/// </summary>
/// <remarks>Build one and share it: it is immutable and thread-safe.</remarks>
public sealed class FlexBubbleValidator : AbstractValidator<FlexBubble>
{
    /// <summary>Creates a validator.</summary>
    public FlexBubbleValidator()
        : this(null)
    {
    }

    /// <summary>Creates a validator that leaves out the rules <paramref name="options"/> turn off.</summary>
    public FlexBubbleValidator(FlexValidatorOptions? options) => Rule = this.Checks(NestingCheck.Of, Check, options);

    /// <summary>The validator's one rule, which <see cref="FlexValidator"/> runs on its own.</summary>
    internal NodeRule<FlexBubble> Rule { get; }

    /// <summary>The checks of a bubble and of its blocks, on its own or inside its content.</summary>
    internal static void Check<T>(FlexBubble bubble, NodeChecks<T> c)
    {
        c.WellFormed(bubble);
        CheckFirstChild(bubble.Header, "header", c);
        CheckFirstChild(bubble.Body, "body", c);
        CheckFirstChild(bubble.Footer, "footer", c);
        CheckSeparatorAboveFirstBlock(bubble, c);
        foreach (var (name, style) in (ReadOnlySpan<(string, BlockStyle?)>)[("style.header", bubble.Style?.Header), ("style.body", bubble.Style?.Body), ("style.footer", bubble.Style?.Footer)])
        {
            if (style is not null)
            {
                BlockStyleValidator.Check(style, c.Below(name));
            }
        }

        CheckSize(bubble, c);
        CheckOneIcon(bubble, c);
        LonGuidelineChecks.Check(bubble, c);
        ActionValidators.Check(bubble.Action, c);
        foreach (var (name, block) in (ReadOnlySpan<(string, FlexBox?)>)[("header", bubble.Header), ("body", bubble.Body), ("footer", bubble.Footer)])
        {
            if (block is not null && !IsLinesOwn(block))
            {
                BoxValidator.Check(block, c.Below(name));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="block"/> is LINE's header or footer as the library holds it (<see cref="LonBlocks"/>):
    /// immutable constants that break no rule (a test checks them), so the bubbles that hold them, every template
    /// built with <c>LineHeader()</c> and <c>LineFooter()</c>, do not check them again. Where the block stands is still
    /// checked with the bubble.
    /// </summary>
    internal static bool IsLinesOwn(FlexBox block) => ReferenceEquals(block, LonBlocks.Header) || ReferenceEquals(block, LonBlocks.Footer);

    private static void CheckOneIcon<T>(FlexBubble bubble, NodeChecks<T> c)
    {
        var seen = 0;
        foreach (var (block, box) in (ReadOnlySpan<(string, FlexBox?)>)[("header", bubble.Header), ("body", bubble.Body), ("footer", bubble.Footer)])
        {
            FindIcons(box, ref seen, c.Below(block));
        }
    }

    /// <summary>Reports every ICON after the first in <paramref name="box"/>, the node of <paramref name="c"/>, and in the boxes it holds.</summary>
    private static void FindIcons<T>(FlexBox? box, ref int seen, NodeChecks<T> c)
    {
        if (box?.Contents is not { } contents)
        {
            return;
        }

        for (var i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case FlexIcon when ++seen > FlexRules.OneIcon.Max:
                    c.Below("contents", i).Fail(FlexRules.OneIcon, string.Empty, "A LINE notification bubble holds at most one ICON; this is another one. Remove it.", "ICON");
                    break;
                case FlexBox child:
                    FindIcons(child, ref seen, c.Below("contents", i));
                    break;
            }
        }
    }

    private static void CheckFirstChild<T>(FlexBox? block, string name, NodeChecks<T> c)
    {
        if (block?.Contents is { Count: > 0 } contents && contents[0] is IHasPosition.Node { Position: FlexPosition.Absolute })
        {
            c.Fail(
                FlexRules.FirstChildAbsolute,
                name + ".contents[0].position",
                "The first child of a block can't be ABSOLUTE; make it RELATIVE, or put a relative component before it.",
                "ABSOLUTE");
        }
    }

    private static void CheckSeparatorAboveFirstBlock<T>(FlexBubble bubble, NodeChecks<T> c)
    {
        if (bubble.Style is not { } styles)
        {
            return;
        }

        var (first, style) = bubble.Header is not null ? ("header", styles.Header)
            : bubble.Body is not null ? ("body", styles.Body)
            : bubble.Footer is not null ? ("footer", styles.Footer)
            : (string.Empty, null);
        if (style?.Separator == true)
        {
            c.Fail(
                FlexRules.SeparatorAboveFirstBlock,
                "style." + first + ".separator",
                $"The {first} is the first block, and there is nothing above it to separate; remove style.{first}.separator.",
                true);
        }
    }

    private static void CheckSize<T>(FlexBubble bubble, NodeChecks<T> c)
    {
        // A bubble whose bytes the request's writer noted as it wrote it is within the limit or counted again for its report.
        if (c.Run.Bubbles?.BytesOf(bubble) is { } written && written <= FlexRules.BubbleSize.Max)
        {
            return;
        }

        try
        {
            // One walk that counts bytes without writing them; the heaviest parts are spelled only for a bubble over the limit.
            if (FlexSizeBudget.MeasureOver(bubble, FlexRules.BubbleSize.Max, components: 3) is { } size)
            {
                c.Fail(
                    FlexRules.BubbleSize,
                    string.Empty,
                    $"The bubble's JSON is {size.TotalBytes:N0} bytes; the limit is {FlexRules.BubbleSize.Max:N0} bytes (30 KB). The heaviest parts: {size.DescribeHeaviest()}. Move content out of them, or split it into several messages.",
                    size.TotalBytes);
            }
        }
        catch (ArgumentException)
        {
            // An undefined enum value cannot be written; LF415 reports it, and the size is unknown.
            // Stryker disable once Statement : the return ends the method, as falling through would
            return;
        }
    }
}

/// <summary>Validates one block's style, on its own or (through <see cref="Check{T}"/>) inside its bubble.</summary>
internal sealed class BlockStyleValidator() : NodeValidator<BlockStyle>(Check)
{
    /// <summary>A block style's colours; a bubble checks its styles with this directly, as they hold no children.</summary>
    public static void Check<T>(BlockStyle style, NodeChecks<T> c) => c.WellFormed(style);
}
