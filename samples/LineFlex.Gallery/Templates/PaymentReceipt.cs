namespace LineFlex.Gallery;

/// <summary>The data of a payment receipt.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="ReceiptNumber">The receipt's number.</param>
/// <param name="PaidAt">When, formatted.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="Amount">How much, formatted.</param>
/// <param name="ReceiptUrl">The receipt's page.</param>
public sealed record Payment(Language Language, string ReceiptNumber, string PaidAt, string Method, string Amount, string ReceiptUrl);

/// <summary>Confirms a payment was received.</summary>
public sealed class PaymentReceipt : FlexTemplate<Payment>
{
    /// <inheritdoc/>
    public override string Name => "payment-receipt";

    /// <inheritdoc/>
    public override string Description => "Confirms a payment: amount, method, time and the receipt number.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Payment>> Samples =>
    [
        new("th", new Payment(Language.Thai, "RC-66-00123", "27 พ.ย. 2569 09:15", "พร้อมเพย์", "฿1,250.00", "https://example.com/receipts/RC-66-00123")),
        new("ja", new Payment(Language.Japanese, "RC-JP-4410", "11月27日 9:15", "クレジットカード", "¥12,800", "https://example.com/receipts/RC-JP-4410")),
        new("en", new Payment(Language.English, "RC-US-7781", "Nov 27, 9:15 AM", "Visa ending 4242", "$85.20", "https://example.com/receipts/RC-US-7781")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Payment payment)
    {
        var say = (string th, string ja, string en) => Brand.Say(payment.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"ได้รับชำระเงิน {payment.Amount} แล้ว", $"{payment.Amount} のお支払いを確認しました", $"Payment of {payment.Amount} received")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("ใบเสร็จรับเงิน", "お支払い完了", "Payment received")))
                    .Text(payment.Amount, t => t.Size("xxl").Weight(FontWeight.Bold))
                    .Separator(s => s.Margin("md"))
                    .Apply(
                        Brand.Row(say("เลขที่ใบเสร็จ", "領収書番号", "Receipt"), payment.ReceiptNumber),
                        Brand.Row(say("วันที่ชำระ", "お支払い日時", "Paid"), payment.PaidAt),
                        Brand.Row(say("ช่องทาง", "お支払い方法", "Method"), payment.Method))
                    .Apply(Brand.Button(say("ดูใบเสร็จ", "領収書を見る", "View receipt"), payment.ReceiptUrl))));
    }
}
