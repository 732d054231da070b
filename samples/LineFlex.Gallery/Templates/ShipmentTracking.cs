namespace LineFlex.Gallery;

/// <summary>The data of a shipment notice.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="OrderNumber">The order shipped.</param>
/// <param name="Carrier">Who carries it.</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
/// <param name="EstimatedDelivery">When it should arrive, formatted.</param>
/// <param name="TrackingUrl">The carrier's tracking page.</param>
public sealed record Shipment(Language Language, string OrderNumber, string Carrier, string TrackingNumber, string EstimatedDelivery, string TrackingUrl);

/// <summary>Tells the buyer the order left the warehouse, with the tracking number and a tracking button.</summary>
public sealed class ShipmentTracking : FlexTemplate<Shipment>
{
    /// <inheritdoc/>
    public override string Name => "shipment-tracking";

    /// <inheritdoc/>
    public override string Description => "Tells the buyer the order has shipped: carrier, tracking number, estimated delivery, and a tracking button.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Shipment>> Samples =>
    [
        new("th", new Shipment(Language.Thai, "TH-20461", "Kerry Express", "KEX123456789TH", "28 พ.ย. 2569", "https://example.com/track/KEX123456789TH")),
        new("ja", new Shipment(Language.Japanese, "JP-88213", "ヤマト運輸", "4412-3345-6671", "11月28日(金) 午前中", "https://example.com/track/441233456671")),
        new("en", new Shipment(Language.English, "US-10293", "UPS", "1Z999AA10123456784", "Fri, Nov 28", "https://example.com/track/1Z999AA10123456784")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Shipment shipment)
    {
        var say = (string th, string ja, string en) => Brand.Say(shipment.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"คำสั่งซื้อ {shipment.OrderNumber} จัดส่งแล้ว", $"ご注文 {shipment.OrderNumber} を発送しました", $"Order {shipment.OrderNumber} has shipped")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("จัดส่งสินค้าแล้ว", "発送のお知らせ", "Your order has shipped")))
                    .Apply(
                        Brand.Row(say("หมายเลขคำสั่งซื้อ", "注文番号", "Order"), shipment.OrderNumber),
                        Brand.Row(say("ขนส่งโดย", "配送業者", "Carrier"), shipment.Carrier),
                        Brand.Row(say("เลขพัสดุ", "お問い合わせ番号", "Tracking no."), shipment.TrackingNumber),
                        Brand.Row(say("คาดว่าจะได้รับ", "お届け予定", "Arrives"), shipment.EstimatedDelivery, bold: true))
                    .Apply(Brand.Button(say("ติดตามพัสดุ", "配送状況を確認", "Track package"), shipment.TrackingUrl))));
    }
}
