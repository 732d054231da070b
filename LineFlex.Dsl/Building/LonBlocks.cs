namespace LineFlex;

/// <summary>
/// LINE Official Notification's fixed header and footer, as the example of Infobip's "Send a LINE message" page carries
/// them: a green header reading "OFFICIAL NOTIFICATION" and "powered by LINE", and a grey footer reading "Learn more
/// about LINE Official Notification here.". LINE draws them in every notification; a template starts from them with
/// <c>Flex.Bubble().LineHeader().Body(...).LineFooter()</c>.
/// </summary>
/// <remarks>
/// The header and footer are LINE's, not yours to change (Infobip's
/// <a href="https://www.infobip.com/docs/line/message-types">Message types</a> page): the validator warns when a bubble's
/// differ (LF510, LF511). The blocks' backgrounds are bubble styles, <see cref="HeaderBackground"/> and
/// <see cref="FooterBackground"/>, which <c>LineHeader()</c> and <c>LineFooter()</c> set too. See docs/templates.md.
/// </remarks>
public static class LonBlocks
{
    /// <summary>The header's background, <c>style.header.backgroundColor</c>: LINE green.</summary>
    public static FlexColor HeaderBackground { get; } = "#06C755";

    /// <summary>The footer's background, <c>style.footer.backgroundColor</c>: light grey.</summary>
    public static FlexColor FooterBackground { get; } = "#EEEEEE";

    /// <summary>The texts the header reads, in order.</summary>
    internal static IReadOnlyList<string> HeaderReading { get; } = ["OFFICIAL NOTIFICATION", "powered by", "LINE"];

    /// <summary>The text the footer reads.</summary>
    internal const string FooterReading = "Learn more about LINE Official Notification here.";

    /// <summary>The header: white "OFFICIAL NOTIFICATION", then "powered by" in italics and a bold "LINE", in a row.</summary>
    public static FlexBox Header { get; } = new()
    {
        Layout = BoxLayout.Horizontal,
        PaddingAll = "none",
        PaddingTop = "md",
        PaddingBottom = "md",
        PaddingStart = "lg",
        PaddingEnd = "lg",
        OffsetTop = "none",
        Contents =
        [
            new FlexText
            {
                Contents = [new FlexSpan { Text = HeaderReading[0] }],
                Flex = 20,
                Size = "14px",
                Align = FlexAlign.Center,
                Gravity = FlexGravity.Center,
                Wrap = true,
                Color = "#ffffff",
                Weight = FontWeight.Regular,
                Position = FlexPosition.Relative,
            },
            new FlexText
            {
                Text = HeaderReading[1],
                Contents = [new FlexSpan { Text = HeaderReading[1], Size = "10px", Weight = FontWeight.Regular, Style = FontStyle.Italic }],
                Flex = 7,
                Align = FlexAlign.End,
                Gravity = FlexGravity.Center,
                Wrap = true,
                Color = "#ffffff",
                OffsetTop = "0.3px",
            },

            // LINE's example gives this TEXT the text "powered by" too; the SPAN, "LINE", is what shows.
            new FlexText
            {
                Text = HeaderReading[1],
                Contents = [new FlexSpan { Text = HeaderReading[2], Size = "12px", Weight = FontWeight.Bold }],
                Flex = 4,
                Align = FlexAlign.Center,
                Gravity = FlexGravity.Center,
                Wrap = true,
                Color = "#ffffff",
            },
        ],
    };

    /// <summary>The footer: "Learn more about LINE Official Notification here." in small grey type, "here" underlined in blue.</summary>
    public static FlexBox Footer { get; } = new()
    {
        Layout = BoxLayout.Horizontal,
        BorderWidth = "none",
        Margin = "none",
        PaddingTop = "sm",
        PaddingBottom = "md",
        Contents =
        [
            new FlexText
            {
                Contents =
                [
                    new FlexSpan { Text = "Learn more about LINE Official Notification ", Color = "#BDBDBD" },
                    new FlexSpan { Text = "here", Color = "#00b4ff", Decoration = TextDecoration.Underline },
                    new FlexSpan { Text = ".", Color = "#BDBDBD" },
                ],
                Size = "10px",
                Align = FlexAlign.Center,
                Wrap = true,
            },
        ],
    };
}
