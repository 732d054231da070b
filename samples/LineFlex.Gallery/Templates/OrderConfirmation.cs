namespace LineFlex.Gallery;

/// <summary>One line of an order.</summary>
/// <param name="Name">What was ordered.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Price">The line's price, formatted in the order's currency.</param>
public sealed record OrderLine(string Name, int Quantity, string Price);

/// <summary>The data of an order confirmation.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="Lines">What was ordered; more than <see cref="OrderConfirmation.MaxLines"/> show as a "+N more" line.</param>
/// <param name="Discount">The discount, formatted; null when there is none.</param>
/// <param name="Total">The total, formatted.</param>
/// <param name="OrderUrl">The order's page.</param>
public sealed record Order(Language Language, string OrderNumber, IReadOnlyList<OrderLine> Lines, string? Discount, string Total, string OrderUrl);

/// <summary>Confirms an order: what was ordered, the discount if any, the total.</summary>
public sealed class OrderConfirmation : FlexTemplate<Order>
{
    /// <summary>The most order lines shown; the rest are counted in one line.</summary>
    public const int MaxLines = 8;

    /// <inheritdoc/>
    public override string Name => "order-confirmation";

    /// <inheritdoc/>
    public override string Description => "Confirms an order: the items (at most eight, then a count), any discount and the total.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Order>> Samples =>
    [
        new("th", new Order(Language.Thai, "TH-20461", [new("ชาเขียวมัทฉะ", 2, "฿240"), new("เค้กช็อกโกแลต", 1, "฿185")], "฿40", "฿385", "https://example.com/orders/TH-20461")),
        new("ja", new Order(Language.Japanese, "JP-88213", [new("抹茶ラテ", 1, "¥580"), new("どら焼き", 3, "¥720")], null, "¥1,300", "https://example.com/orders/JP-88213")),
        new("en", new Order(Language.English, "US-10293", [new("Green tea", 2, "$9.00"), new("Chocolate cake", 1, "$6.50")], "$1.50", "$14.00", "https://example.com/orders/US-10293")),
        new("12-items", new Order(Language.English, "US-10294", [.. Enumerable.Range(1, 12).Select(i => new OrderLine($"Tea sampler no. {i}", 1, "$4.00"))], null, "$48.00", "https://example.com/orders/US-10294")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Order order)
    {
        var say = (string th, string ja, string en) => Brand.Say(order.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"ยืนยันคำสั่งซื้อ {order.OrderNumber} ยอดรวม {order.Total}", $"ご注文 {order.OrderNumber} を承りました。合計 {order.Total}", $"Order {order.OrderNumber} confirmed. Total {order.Total}")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("ยืนยันคำสั่งซื้อ", "ご注文確認", "Order confirmed")))
                    .Apply(Brand.Row(say("หมายเลขคำสั่งซื้อ", "注文番号", "Order"), order.OrderNumber))
                    .Separator(s => s.Margin("md"))
                    .Rows(
                        order.Lines,
                        (row, line) => row
                            .Text($"{line.Name} x{line.Quantity}", t => t.Size("sm").Flex(3).Wrap())
                            .Text(line.Price, t => t.Size("sm").Align(FlexAlign.End).Flex(1)),
                        max: MaxLines,
                        more: n => say($"และอีก {n} รายการ", $"他 {n} 点", $"+{n} more"),
                        moreText: t => t.Size("xs").Color(Brand.Grey))
                    .Separator(s => s.Margin("md"))
                    .When(order.Discount is not null, d => d.Apply(Brand.Row(say("ส่วนลด", "割引", "Discount"), "-" + order.Discount)))
                    .Apply(Brand.Row(say("ยอดรวม", "合計", "Total"), order.Total, bold: true))
                    .Apply(Brand.Button(say("ดูคำสั่งซื้อ", "注文を見る", "View order"), order.OrderUrl))));
    }
}
