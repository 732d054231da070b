namespace LineFlex;

/// <summary>
/// The guidelines of LINE Official Notification templates (LF510 to LF515, Infobip's "Message types" page), checked on
/// a bubble: LINE's own header and footer, the title first in the body, and in the body no image, the one icon centred
/// at its top, and buttons that open a web page. Each is a warning, and each can be turned off by code.
/// </summary>
internal static class LonGuidelineChecks
{
    private static readonly IReadOnlyList<string> FooterReading = [LonBlocks.FooterReading];

    /// <summary>The checks of <paramref name="bubble"/>, the node of <paramref name="c"/>.</summary>
    public static void Check<T>(FlexBubble bubble, NodeChecks<T> c)
    {
        if (c.Checks(FlexRules.LineHeader))
        {
            CheckFixedBlock(FlexRules.LineHeader, "header", bubble.Header, bubble.Style?.Header, LonBlocks.Header, LonBlocks.HeaderReading, LonBlocks.HeaderBackground, ".LineHeader()", c);
        }

        if (c.Checks(FlexRules.LineFooter))
        {
            CheckFixedBlock(FlexRules.LineFooter, "footer", bubble.Footer, bubble.Style?.Footer, LonBlocks.Footer, FooterReading, LonBlocks.FooterBackground, ".LineFooter()", c);
        }

        if (c.Checks(FlexRules.TitleFirst))
        {
            CheckTitleFirst(bubble.Body, c);
        }

        // The header and footer are LINE's, drawn by LINE whatever they hold (Infobip's own example has a logo IMAGE in
        // the header): what a template shapes is its body.
        if (bubble.Body is { } body)
        {
            CheckComponents(body, body, c.Below("body"));
        }
    }

    /// <summary>LF510, LF511: a block reads as LINE's does (<paramref name="lineBlock"/> itself does), on LINE's background.</summary>
    private static void CheckFixedBlock<T>(FlexRule rule, string name, FlexBox? block, BlockStyle? style, FlexBox lineBlock, IReadOnlyList<string> reading, FlexColor background, string method, NodeChecks<T> c)
    {
        if (block is null)
        {
            c.Fail(rule, name, $"The bubble has no {name}; a LINE Official Notification carries LINE's fixed {name}. Add it with {method}.", null);
            return;
        }

        if (!ReferenceEquals(block, lineBlock) && !ReadsAs(block, reading))
        {
            var shown = string.Join(" | ", Reading(block));
            c.Fail(
                rule,
                name,
                $"The {name} reads \"{FlexLimits.Excerpt(shown)}\", not LINE's fixed {name} (\"{string.Join(" | ", reading)}\"); LINE draws its own {name} in every notification, so this one would not be shown as built. Use {method}"
                + (name == "header" ? " and put the title first in the body." : " and put buttons at the bottom of the body."),
                shown);
        }

        if (!string.Equals(style?.BackgroundColor?.Value, background.Value, StringComparison.OrdinalIgnoreCase))
        {
            c.Fail(
                rule,
                $"style.{name}.backgroundColor",
                $"style.{name}.backgroundColor is {(style?.BackgroundColor is { } colour ? $"\"{colour.Value}\"" : "not set")}; LINE's {name} is on {background.Value}. Use {method}, which sets it.",
                style?.BackgroundColor);
        }
    }

    /// <summary>
    /// Whether <paramref name="block"/> reads <paramref name="reading"/>, as <see cref="Reading"/> spells it, found
    /// without spelling it: a block that reads as LINE's costs no string.
    /// </summary>
    private static bool ReadsAs(FlexBox block, IReadOnlyList<string> reading)
    {
        var texts = 0;
        return Reads(block, reading, ref texts) && texts == reading.Count;

        static bool Reads(FlexBox box, IReadOnlyList<string> reading, ref int texts)
        {
            for (var i = 0; box.Contents is { } contents && i < contents.Count; i++)
            {
                switch (contents[i])
                {
                    case FlexText text:
                        if (texts == reading.Count || !ReadsAs(text, reading[texts++]))
                        {
                            return false;
                        }

                        break;
                    case FlexBox child when !Reads(child, reading, ref texts):
                        return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether <paramref name="text"/> reads <paramref name="expected"/>: its SPANs' texts one after another when it has SPANs, else its text.</summary>
    private static bool ReadsAs(FlexText text, string expected)
    {
        if (text.Contents is not { Count: > 0 } spans)
        {
            return string.Equals(text.Text ?? string.Empty, expected, StringComparison.Ordinal);
        }

        var rest = expected.AsSpan();
        for (var i = 0; i < spans.Count; i++)
        {
            var part = (spans[i]?.Text).AsSpan();
            if (!rest.StartsWith(part, StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[part.Length..];
        }

        return rest.IsEmpty;
    }

    /// <summary>What a block's TEXTs read, in order: a TEXT with SPANs reads as its SPANs, which LINE shows instead of its text.</summary>
    private static List<string> Reading(FlexBox block)
    {
        var texts = new List<string>();
        Read(block, texts);
        return texts;

        static void Read(FlexBox box, List<string> texts)
        {
            foreach (var component in box.Contents ?? [])
            {
                switch (component)
                {
                    case FlexText text:
                        texts.Add(text.Contents is { Count: > 0 } spans ? string.Concat(spans.Select(s => s?.Text)) : text.Text ?? string.Empty);
                        break;
                    case FlexBox child:
                        Read(child, texts);
                        break;
                }
            }
        }
    }

    /// <summary>LF512: the body's first component, looking into boxes and past an ICON, is a TEXT.</summary>
    private static void CheckTitleFirst<T>(FlexBox? body, NodeChecks<T> c)
    {
        if (body is null)
        {
            c.Fail(FlexRules.TitleFirst, "body", "The bubble has no body; a LINE Official Notification's body starts with its title. Add a body whose first text is the title.", null);
            return;
        }

        // The path is spelled only for a finding, by walking down again as far as this walk went.
        var levels = 0;
        FlexComponent? first = body;
        while (first is FlexBox box)
        {
            var at = FirstNotIcon(box);
            if (at < 0)
            {
                c.Fail(FlexRules.TitleFirst, PathOfFirst(body, levels), "The body starts with no text; a LINE Official Notification's body starts with its title. Put the title first.", null);
                return;
            }

            first = box.Contents![at];
            levels++;
        }

        if (first is not FlexText)
        {
            c.Fail(
                FlexRules.TitleFirst,
                PathOfFirst(body, levels),
                $"The body starts with {WireEnumName(first)}, not with a TEXT; a LINE Official Notification's body starts with its title (\"Notice of delivery schedule\"). Put the title first in the body.",
                WireEnumName(first));
        }
    }

    /// <summary>Where the first component of <paramref name="box"/> that is not an ICON (nor null) stands; -1 when there is none.</summary>
    private static int FirstNotIcon(FlexBox box)
    {
        for (var i = 0; box.Contents is { } contents && i < contents.Count; i++)
        {
            if (contents[i] is not (null or FlexIcon))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The path of the component <see cref="CheckTitleFirst"/> reaches <paramref name="levels"/> boxes down from the body: <c>body.contents[0].contents[1]</c>.</summary>
    private static string PathOfFirst(FlexBox body, int levels)
    {
        var path = "body";
        FlexComponent box = body;
        for (var level = 0; level < levels; level++)
        {
            var at = FirstNotIcon((FlexBox)box);
            path += $".contents[{at}]";
            box = ((FlexBox)box).Contents![at];
        }

        return path;
    }

    /// <summary>LF513, LF514, LF515: each IMAGE, ICON and BUTTON of <paramref name="box"/>, the node of <paramref name="c"/>.</summary>
    /// <param name="box">The box whose components are checked.</param>
    /// <param name="top">The box whose first component is at the top of the body; null outside that line.</param>
    /// <param name="c">The checks at <paramref name="box"/>.</param>
    private static void CheckComponents<T>(FlexBox box, FlexBox? top, NodeChecks<T> c)
    {
        for (var i = 0; box.Contents is not null && i < box.Contents.Count; i++)
        {
            switch (box.Contents[i])
            {
                case FlexImage:
                    c.Below("contents", i).Fail(FlexRules.NoImage, string.Empty, "A LINE Official Notification allows no images (nor audio or video); LINE refuses a template with one. Remove it, or use the one ICON LINE's icon set allows.", "IMAGE");
                    break;
                case FlexIcon:
                    CheckIcon(box, ReferenceEquals(box, top), c.Below("contents", i));
                    break;
                case FlexButton { Action: { } action } when action is not UriAction:
                    c.Below("contents", i).Fail(FlexRules.UriButton, "action", $"This button's action is {WireEnumName(action)}; a LINE Official Notification's buttons only open a web page with more information. Use a URI action (Flex.Uri(label, url)).", WireEnumName(action));
                    break;
                case FlexBox child:
                    CheckComponents(child, ReferenceEquals(box, top) && i == 0 ? child : null, c.Below("contents", i));
                    break;
            }
        }
    }

    /// <summary>LF514: an ICON stands in the box at the top of the body, a BASELINE box whose texts are centred.</summary>
    private static void CheckIcon<T>(FlexBox parent, bool atTop, NodeChecks<T> c)
    {
        if (!atTop)
        {
            c.Fail(FlexRules.IconOnTop, string.Empty, "A LINE Official Notification's icon stands at the very top of the body; this one does not. Put it in a BASELINE box first in the body, beside the title.", "ICON");
        }
        else if (!TextsCentred(parent))
        {
            c.Fail(FlexRules.IconOnTop, string.Empty, "A LINE Official Notification's icon is centred, and the title with it; here it is not. Give the title beside it align CENTER.", "ICON");
        }
    }

    /// <summary>Whether <paramref name="box"/> holds a TEXT, and every TEXT it holds is aligned <c>CENTER</c>.</summary>
    private static bool TextsCentred(FlexBox box)
    {
        var texts = 0;
        foreach (var component in box.Contents!.AsSpan())
        {
            if (component is FlexText text)
            {
                if (text.Align != FlexAlign.Center)
                {
                    return false;
                }

                texts++;
            }
        }

        return texts > 0;
    }

    /// <summary>A node by its wire type, with its article: "a BUTTON", "an IMAGE", "a POSTBACK action".</summary>
    private static string WireEnumName(object node)
    {
        var type = FlexSchema.Of(node.GetType()).ToString();
        return ("AEIOU".Contains(type[0], StringComparison.Ordinal) ? "an " : "a ") + type + (node is FlexAction ? " action" : string.Empty);
    }
}
