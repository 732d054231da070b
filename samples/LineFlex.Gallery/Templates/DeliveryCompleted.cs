namespace LineFlex.Gallery;

/// <summary>The data of a delivery notice.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="OrderNumber">The order delivered.</param>
/// <param name="DeliveredAt">When, formatted.</param>
/// <param name="ReceivedBy">Who signed for it; null when it was left at the door.</param>
/// <param name="ReviewUrl">Where the buyer can review the order.</param>
public sealed record Delivery(Language Language, string OrderNumber, string DeliveredAt, string? ReceivedBy, string ReviewUrl);

/// <summary>Tells the buyer the parcel arrived, and who received it.</summary>
public sealed class DeliveryCompleted : FlexTemplate<Delivery>
{
    /// <inheritdoc/>
    public override string Name => "delivery-completed";

    /// <inheritdoc/>
    public override string Description => "Tells the buyer the parcel was delivered: when, and who received it or that it was left at the door.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Delivery>> Samples =>
    [
        new("th", new Delivery(Language.Thai, "TH-20461", "28 พ.ย. 2569 14:32", "สมชาย ใจดี", "https://example.com/orders/TH-20461/review")),
        new("ja", new Delivery(Language.Japanese, "JP-88213", "11月28日 10:05", null, "https://example.com/orders/JP-88213/review")),
        new("en", new Delivery(Language.English, "US-10293", "Nov 28, 2:32 PM", "Front desk", "https://example.com/orders/US-10293/review")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Delivery delivery)
    {
        var say = (string th, string ja, string en) => Brand.Say(delivery.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"คำสั่งซื้อ {delivery.OrderNumber} จัดส่งสำเร็จแล้ว", $"ご注文 {delivery.OrderNumber} をお届けしました", $"Order {delivery.OrderNumber} was delivered")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("จัดส่งสำเร็จ", "配達完了", "Delivered")))
                    .Apply(Brand.Row(say("หมายเลขคำสั่งซื้อ", "注文番号", "Order"), delivery.OrderNumber))
                    .Apply(Brand.Row(say("เวลาที่ส่ง", "配達日時", "Delivered"), delivery.DeliveredAt))
                    .When(
                        delivery.ReceivedBy is not null,
                        x => x.Apply(Brand.Row(say("ผู้รับ", "受取人", "Received by"), delivery.ReceivedBy!)),
                        x => x.Text(say("วางไว้หน้าประตู", "置き配でお届けしました", "Left at the door"), t => t.Size("sm").Color(Brand.Grey)))
                    .Apply(Brand.Button(say("รีวิวสินค้า", "レビューを書く", "Write a review"), delivery.ReviewUrl))));
    }
}
