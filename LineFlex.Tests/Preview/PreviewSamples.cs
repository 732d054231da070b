namespace LineFlex.Tests.Preview;

/// <summary>Bubbles the preview tests render, in the HTML snapshots and in the browser.</summary>
internal static class PreviewSamples
{
    /// <summary>Every component and most properties, with Thai text: LINE Official Notification is used in Thailand.</summary>
    public static FlexBubble EveryComponent() =>
        Flex.Bubble()
            .Size(BubbleSize.Kilo)
            .Header(h => h
                .Text("ยืนยันการสั่งซื้อ", t => t.Size("xl").Bold().Color("#ffffff"))
                .Text("คำสั่งซื้อ #42 ของคุณได้รับการจัดส่งแล้ว", t => t.Size("sm").Color("#ffffff").Wrap()))
            .Body(body => body
                .Spacing("md")
                .Image("https://example.com/hero.png", i => i.Size("full").AspectRatio("20:13").AspectMode(AspectMode.Cover))
                .Baseline(row => row
                    .Icon("https://example.com/star.png", i => i.Size("sm"))
                    .Icon("https://example.com/star.png", i => i.Size("sm").AspectRatio("2:1"))
                    .Text("4.0", t => t.Size("sm").Color("#999999").Margin("md").Flex(0)))
                .Horizontal(row => row
                    .Spacing("sm")
                    .Text("Total", t => t.Color("#555555").Flex(1))
                    .Text("฿1,250.00", t => t.Align(FlexAlign.End).Flex(2).Weight(FontWeight.Bold)))
                .Separator(s => s.Color("#cccccc"))
                .Text(t => t
                    .Span("Normal ")
                    .Span("italic ", s => s.Italic())
                    .Span("underlined ", s => s.Underline())
                    .Span("struck", s => s.Decoration(TextDecoration.LineThrough).Color("#aa0000"))
                    .Wrap())
                .Text("A long line that wraps but is cut after two lines, however much more it has to say about the order.", t => t.Wrap().MaxLines(2))
                .Box(BoxLayout.Vertical, b => b
                    .BackgroundColor("#F0F4FF")
                    .BorderColor("#3366FF")
                    .BorderWidth("normal")
                    .CornerRadius("md")
                    .PaddingAll("md")
                    .Text("Boxed", t => t.Align(FlexAlign.Center))))
            .Footer(f => f
                .Spacing("sm")
                .Button(Flex.Uri("Track", "https://example.com/track/42"), b => b.Style(ButtonStyle.Primary))
                .Button(Flex.Postback("Later", "later=42"), b => b.Style(ButtonStyle.Secondary).Height(ButtonHeight.Small))
                .Button(Flex.Uri("Help", "https://example.com/help")))
            .Style(s => s.Header(backgroundColor: "#06C755").Footer(separator: true))
            .Build();

    /// <summary>A bubble that breaks rules: a label over 20 characters, a box without a layout.</summary>
    public static FlexBubble Invalid() => new()
    {
        Body = new FlexBox
        {
            Layout = BoxLayout.Vertical,
            Contents = ValueList.Create<FlexComponent>(
            [
                new FlexText { Text = "Fine" },
                new FlexButton { Action = new UriAction { Label = "A label that is far longer than twenty characters", Uri = "https://example.com/" } },
            ]),
        },
        Footer = new FlexBox { Contents = ValueList.Create<FlexComponent>([new FlexText { Text = "No layout" }]) },
    };
}
