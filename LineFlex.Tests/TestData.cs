using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests;

/// <summary>Trees with every property set, built with the builder, shared by the snapshot, round-trip and equality tests.</summary>
internal static class TestData
{
    public static string SamplePath(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples", name);

    public static string SeedRequestJson => File.ReadAllText(SamplePath("seed-request.json"));

    /// <summary>The folder of LineFlex.sln, for tests that read the sources themselves.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LineFlex.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository; LineFlex.sln was not found above " + TestContext.CurrentContext.TestDirectory);
    }

    /// <summary>The wire JSON of <paramref name="node"/> as a token, with date strings kept as written.</summary>
    public static JToken Wire(object node) => ParseToken(FlexJson.Serialize(node));

    public static JToken ParseToken(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    public static FlexBox EveryBoxProperty() =>
        Flex.Box(BoxLayout.Horizontal, box => box
            .Text("child")
            .BackgroundColor("#FFFFFF80")
            .BorderColor("#000000")
            .BorderWidth("semi-bold")
            .CornerRadius("md")
            .Width("50%")
            .Height("120px")
            .Flex(0)
            .Margin("sm")
            .Spacing("xs")
            .PaddingAll("4px")
            .PaddingTop("none")
            .PaddingBottom("10%")
            .PaddingStart("lg")
            .PaddingEnd("xxl")
            .OffsetTop("1px")
            .OffsetBottom("2px")
            .OffsetStart("3%")
            .OffsetEnd("xl")
            .Position(FlexPosition.Absolute)
            .Uri("Open", "https://example.com/box"));

    public static FlexText EveryTextProperty() =>
        Flex.Text("ignored when spans are set", text => text
            .Span("Hello ")
            .Span("world", s => s.Bold())
            .Flex(3)
            .Margin("md")
            .Size("xl")
            .Align(FlexAlign.End)
            .Gravity(FlexGravity.Bottom)
            .Wrap()
            .MaxLines(2)
            .Color("#111111")
            .Weight(FontWeight.Bold)
            .Position(FlexPosition.Relative)
            .OffsetTop("none")
            .OffsetBottom("xs")
            .OffsetStart("5px")
            .OffsetEnd("10%")
            .Postback("Say hi", "greeting=hi"));

    public static FlexSpan EverySpanProperty() =>
        Flex.Span("on sale", span => span
            .Color("#FF0000")
            .Size("3xl")
            .Weight(FontWeight.Regular)
            .Italic()
            .LineThrough());

    public static FlexImage EveryImageProperty() =>
        Flex.Image("https://example.com/photo.png", image => image
            .Flex(1)
            .Margin("none")
            .Position(FlexPosition.Relative)
            .OffsetTop("xs")
            .OffsetBottom("sm")
            .OffsetStart("md")
            .OffsetEnd("lg")
            .Align(FlexAlign.Start)
            .Gravity(FlexGravity.Top)
            .Size("full")
            .AspectRatio("1.91:1")
            .AspectMode(AspectMode.Cover)
            .BackgroundColor("#EEEEEE")
            .Uri("Photo", "https://example.com/photo", desktopUri: "https://example.com/photo?desktop=1"));

    public static FlexIcon EveryIconProperty() =>
        Flex.Icon("https://example.com/star.png", icon => icon
            .Margin("xs")
            .Position(FlexPosition.Relative)
            .OffsetTop("1px")
            .OffsetBottom("2px")
            .OffsetStart("3px")
            .OffsetEnd("4px")
            .Size("sm")
            .AspectRatio("2:1"));

    public static FlexButton EveryButtonProperty() =>
        Flex.Button(Flex.Uri("Track order", "https://example.com/track"), button => button
            .Flex(2)
            .Margin("lg")
            .Position(FlexPosition.Relative)
            .OffsetTop("none")
            .OffsetBottom("xs")
            .OffsetStart("sm")
            .OffsetEnd("md")
            .Height(ButtonHeight.Small)
            .Style(ButtonStyle.Primary)
            .Color("#06C755")
            .Gravity(FlexGravity.Center));

    public static FlexSeparator EverySeparatorProperty() =>
        Flex.Separator(separator => separator.Margin("xxl").Color("#CCCCCC"));

    public static UriAction EveryUriActionProperty() =>
        Flex.Uri("Open", "https://example.com/order/42", desktopUri: "https://example.com/order/42?view=desktop");

    public static PostbackAction EveryPostbackActionProperty() =>
        Flex.Postback("Confirm", "action=confirm&order=42", desktopUri: "https://example.com/confirm");

    public static FlexBubble EveryBubbleProperty() =>
        Flex.Bubble()
            .Size(BubbleSize.Kilo)
            .Direction(BubbleDirection.RightToLeft)
            .Header(h => h.Text("Header"))
            .Body(BoxLayout.Horizontal, b => b.Text("Body"))
            .Footer(f => f.Text("Footer"))
            .Style(s => s
                .Header(backgroundColor: "#06C755")
                .Body(backgroundColor: "#FFFFFF", separator: true, separatorColor: "#DDDDDD")
                .Footer(backgroundColor: "#EEEEEE", separator: false))
            .Uri("Open", "https://example.com/bubble")
            .Build();

    /// <summary>A request that sets every option of the reference sheet.</summary>
    public static LineRequest EveryOptionRequest() =>
        Flex.Request()
            .Message(m => m
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To("66855538125", messageId: "order-42-a")
                .To("66855538126", messageId: "order-42-b")
                .AltText("Your order has shipped.")
                .Bubble(b => b.Body(body => body.Text("Your order has shipped.")))
                .Platform(entityId: "shop-entity", applicationId: "shop-app")
                .ValidityPeriod(720, ValidityPeriodTimeUnit.Minutes)
                .DeliveryTimeWindow(w => w.Weekdays().Days(DeliveryDay.Saturday).From(9, 0).To(17, 30))
                .CampaignReferenceId("autumn-sale")
                .SmsFailover("Your order has shipped.", sms => sms
                    .Sender("ShopSMS")
                    .ValidityPeriod(2, ValidityPeriodTimeUnit.Hours)
                    .IndiaDlt("principal-1", contentTemplateId: "template-1", telemarketerId: "tm-1")
                    .TurkeyIys(RecipientType.Tacir, brandCode: 12345)
                    .SouthKorea(title: "Shipping", resellerCode: 123456789))
                .Webhooks(w => w
                    .Delivery("https://example.com/delivery-reports", intermediateReport: true, notify: true)
                    .ContentType("application/json")
                    .CallbackData("order=42")))
            .BulkId("bulk-2026-11-26")
            .SendAt(new DateTimeOffset(2026, 12, 1, 9, 30, 0, 125, TimeSpan.Zero))
            .SendingSpeedLimit(100, SpeedLimitTimeUnit.Hour)
            .Build();

    /// <summary>One instance of every model type that JSON can be read as, each with its properties set.</summary>
    public static IReadOnlyDictionary<Type, object> OneOfEveryNode()
    {
        var request = EveryOptionRequest();
        var message = request.Messages![0];
        var options = message.Options!;
        var failover = options.SmsFailover!;
        var bubble = EveryBubbleProperty();
        return new Dictionary<Type, object>
        {
            [typeof(LineRequest)] = request,
            [typeof(RequestOptions)] = request.Options!,
            [typeof(ScheduleOptions)] = request.Options!.Schedule!,
            [typeof(SendingSpeedLimit)] = request.Options!.Schedule!.SendingSpeedLimit!,
            [typeof(LineMessage)] = message,
            [typeof(LineDestination)] = message.Destinations![0],
            [typeof(LineNotificationContent)] = message.Content!,
            [typeof(FlexBubble)] = bubble,
            [typeof(BubbleStyles)] = bubble.Style!,
            [typeof(BlockStyle)] = bubble.Style!.Body!,
            [typeof(FlexComponent)] = EveryBoxProperty(),
            [typeof(FlexBox)] = EveryBoxProperty(),
            [typeof(FlexText)] = EveryTextProperty(),
            [typeof(FlexSpan)] = EverySpanProperty(),
            [typeof(FlexImage)] = EveryImageProperty(),
            [typeof(FlexIcon)] = EveryIconProperty(),
            [typeof(FlexButton)] = EveryButtonProperty(),
            [typeof(FlexSeparator)] = EverySeparatorProperty(),
            [typeof(FlexAction)] = EveryPostbackActionProperty(),
            [typeof(UriAction)] = EveryUriActionProperty(),
            [typeof(PostbackAction)] = EveryPostbackActionProperty(),
            [typeof(AltUri)] = EveryUriActionProperty().AltUri!,
            [typeof(MessageOptions)] = options,
            [typeof(PlatformOptions)] = options.Platform!,
            [typeof(ValidityPeriod)] = options.ValidityPeriod!,
            [typeof(DeliveryTimeWindow)] = options.DeliveryTimeWindow!,
            [typeof(DeliveryTime)] = options.DeliveryTimeWindow!.From!,
            [typeof(SmsFailover)] = failover,
            [typeof(RegionalOptions)] = failover.Regional!,
            [typeof(IndiaDltOptions)] = failover.Regional!.IndiaDlt!,
            [typeof(TurkeyIysOptions)] = failover.Regional!.TurkeyIys!,
            [typeof(SouthKoreaOptions)] = failover.Regional!.SouthKorea!,
            [typeof(MessageWebhooks)] = message.Webhooks!,
            [typeof(DeliveryWebhook)] = message.Webhooks!.Delivery!,
        };
    }
}
