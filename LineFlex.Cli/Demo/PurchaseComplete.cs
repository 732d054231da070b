namespace LineFlex.Cli.Demo;

/// <summary>
/// The "Purchase complete" notification of Infobip's "Send a LINE message" page, written with the
/// builder: the request the page shows, property for property.
/// </summary>
internal static class PurchaseComplete
{
    public const string Thanks = "Thank you for your purchase. We have successfully received your order.";

    public static LineRequest Request(string sender = "OFFICIAL-ACCOUNT-ID-123", string to = "66855538125") =>
        Flex.Request()
            .Message(m => m
                .Sender(sender)
                .To(to)
                .AltText(Thanks)
                .Bubble(Bubble()))
            .Build();

    public static FlexBubble Bubble() =>
        Flex.Bubble()
            .Header(BoxLayout.Horizontal, header => header
                .PaddingAll("none").PaddingTop("md").PaddingBottom("md").PaddingStart("lg").PaddingEnd("lg")
                .OffsetTop("none")
                .Image("https://example.com/logo", logo => logo
                    .Flex(2).Align(FlexAlign.Center).Gravity(FlexGravity.Center).Size("80%"))
                .Text(title => title
                    .Span("OFFICIAL NOTIFICATION")
                    .Flex(20).Size("14px").Align(FlexAlign.Center).Gravity(FlexGravity.Center).Wrap()
                    .Color("#ffffff").Weight(FontWeight.Regular).Position(FlexPosition.Relative))
                .Text("powered by", powered => powered
                    .Span("powered by", s => s.Size("10px").Weight(FontWeight.Regular).Italic())
                    .Flex(7).Align(FlexAlign.End).Gravity(FlexGravity.Center).Wrap().Color("#ffffff")
                    .OffsetTop("0.3px"))
                .Text("powered by", line => line
                    .Span("LINE", s => s.Size("12px").Bold())
                    .Flex(4).Align(FlexAlign.Center).Gravity(FlexGravity.Center).Wrap().Color("#ffffff")))
            .Body(body => body
                .PaddingAll("none").PaddingTop("xl").PaddingBottom("lg").PaddingStart("xxl").PaddingEnd("xxl")
                .Vertical(heading => heading
                    .PaddingTop("none").OffsetTop("none").OffsetBottom("none")
                    .Text("Purchase complete", t => t.Size("lg").Wrap().Bold()))
                .Horizontal(message => message
                    .PaddingTop("lg")
                    .Text(t => t.Span(Thanks).Wrap().OffsetTop("none"))))
            .Footer(BoxLayout.Horizontal, footer => footer
                .BorderWidth("none").Margin("none").PaddingTop("sm").PaddingBottom("md")
                .Uri("action", "https://example.com/action")
                .Text(t => t
                    .Span("Learn more about LINE Official Notification ", s => s.Color("#BDBDBD"))
                    .Span("here", s => s.Color("#00b4ff").Underline())
                    .Span(".", s => s.Color("#BDBDBD"))
                    .Size("10px").Align(FlexAlign.Center).Wrap()))
            .Style(s => s.Header(backgroundColor: "#06C755").Footer(backgroundColor: "#EEEEEE"))
            .Build();
}
