namespace LineFlex.Gallery;

/// <summary>The data of a maintenance or outage notice.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="Service">The service affected.</param>
/// <param name="From">When it starts, formatted.</param>
/// <param name="Until">When it should end, formatted.</param>
/// <param name="Impact">What will not work meanwhile.</param>
/// <param name="Unplanned">Whether it is an outage rather than planned maintenance.</param>
/// <param name="StatusUrl">The status page.</param>
public sealed record Maintenance(Language Language, string Service, string From, string Until, string Impact, bool Unplanned, string StatusUrl);

/// <summary>Tells users about planned maintenance or an outage of a service.</summary>
public sealed class MaintenanceNotice : FlexTemplate<Maintenance>
{
    /// <inheritdoc/>
    public override string Name => "maintenance-notice";

    /// <inheritdoc/>
    public override string Description => "Tells users of planned maintenance or an outage: the service, the window, what is affected, and the status page.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Maintenance>> Samples =>
    [
        new("th", new Maintenance(Language.Thai, "แอปธนาคารออนไลน์", "30 พ.ย. 2569 01:00", "30 พ.ย. 2569 04:00", "ไม่สามารถโอนเงินและชำระบิลได้ชั่วคราว", false, "https://example.com/status")),
        new("ja", new Maintenance(Language.Japanese, "オンラインストア", "11月30日 1:00", "11月30日 4:00", "ご注文と会員ログインが一時的にご利用いただけません", false, "https://example.com/status")),
        new("en", new Maintenance(Language.English, "Mobile app", "Nov 27, 8:10 AM", "about 10:00 AM", "Sign-in and payments may fail", true, "https://example.com/status")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Maintenance m)
    {
        var say = (string th, string ja, string en) => Brand.Say(m.Language, th, ja, en);
        var kind = m.Unplanned
            ? say("แจ้งระบบขัดข้อง", "障害のお知らせ", "Service disruption")
            : say("แจ้งปิดปรับปรุงระบบ", "メンテナンスのお知らせ", "Scheduled maintenance");
        message
            .AltText(FlexTextLimits.ForAltText($"{kind}: {m.Service} {m.From} - {m.Until}"))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .When(m.Unplanned, x => x.Style(s => s.Body(backgroundColor: "#FFF8E1")))
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("แจ้งสถานะระบบ", "システムのお知らせ", "Service notice")))
                    .Text(kind, t => t.Size("sm").Weight(FontWeight.Bold).When(m.Unplanned, x => x.Color("#D93025")))
                    .Text(m.Service, t => t.Weight(FontWeight.Bold).Wrap())
                    .Apply(
                        Brand.Row(say("เริ่ม", "開始", "From"), m.From),
                        Brand.Row(say("สิ้นสุด", "終了予定", "Until"), m.Until))
                    .Text(m.Impact, t => t.Size("sm").Wrap().Margin("md"))
                    .Apply(Brand.Button(say("ดูสถานะระบบ", "稼働状況を見る", "Status page"), m.StatusUrl))));
    }
}
