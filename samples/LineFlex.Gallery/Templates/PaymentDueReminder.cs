namespace LineFlex.Gallery;

/// <summary>The data of a payment reminder.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="InvoiceNumber">The invoice due.</param>
/// <param name="Amount">How much, formatted.</param>
/// <param name="DueDate">By when, formatted.</param>
/// <param name="Overdue">Whether the due date has passed.</param>
/// <param name="PayUrl">Where to pay.</param>
public sealed record Invoice(Language Language, string InvoiceNumber, string Amount, string DueDate, bool Overdue, string PayUrl);

/// <summary>Reminds a customer of a payment due, or overdue.</summary>
public sealed class PaymentDueReminder : FlexTemplate<Invoice>
{
    /// <inheritdoc/>
    public override string Name => "payment-due-reminder";

    /// <inheritdoc/>
    public override string Description => "Reminds a customer that an invoice is due (or overdue), with the amount and a payment button.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Invoice>> Samples =>
    [
        new("th", new Invoice(Language.Thai, "INV-2569-0042", "฿3,490.00", "30 พ.ย. 2569", false, "https://example.com/pay/INV-2569-0042")),
        new("ja", new Invoice(Language.Japanese, "INV-JP-0107", "¥5,500", "11月30日", false, "https://example.com/pay/INV-JP-0107")),
        new("en", new Invoice(Language.English, "INV-US-0311", "$42.00", "Nov 25", true, "https://example.com/pay/INV-US-0311")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Invoice invoice)
    {
        var say = (string th, string ja, string en) => Brand.Say(invoice.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"แจ้งเตือนชำระเงิน {invoice.Amount} ภายใน {invoice.DueDate}", $"{invoice.DueDate} までに {invoice.Amount} のお支払いをお願いします", $"{invoice.Amount} is due {invoice.DueDate}")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .When(invoice.Overdue, x => x.Style(s => s.Body(backgroundColor: "#FFF4F4")))
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("แจ้งเตือนการชำระเงิน", "お支払いのお願い", "Payment reminder")))
                    .When(invoice.Overdue, x => x.Text(say("เลยกำหนดชำระแล้ว", "お支払い期限を過ぎています", "This payment is overdue"), t => t.Size("sm").Color("#D93025").Weight(FontWeight.Bold)))
                    .Apply(
                        Brand.Row(say("ใบแจ้งหนี้", "請求書番号", "Invoice"), invoice.InvoiceNumber),
                        Brand.Row(say("ครบกำหนด", "お支払い期限", "Due"), invoice.DueDate),
                        Brand.Row(say("ยอดชำระ", "ご請求額", "Amount"), invoice.Amount, bold: true))
                    .Apply(Brand.Button(say("ชำระเงิน", "支払う", "Pay now"), invoice.PayUrl))));
    }
}
