namespace LineFlex.Gallery;

/// <summary>The data of a reservation confirmation.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="Venue">Where.</param>
/// <param name="Date">The day, formatted.</param>
/// <param name="Time">The time, formatted.</param>
/// <param name="Guests">How many people.</param>
/// <param name="ReservationNumber">The reservation's number.</param>
/// <param name="ManageUrl">Where to change or cancel it.</param>
public sealed record Reservation(Language Language, string Venue, string Date, string Time, int Guests, string ReservationNumber, string ManageUrl);

/// <summary>Confirms a table or room reservation.</summary>
public sealed class ReservationConfirmation : FlexTemplate<Reservation>
{
    /// <inheritdoc/>
    public override string Name => "reservation-confirmation";

    /// <inheritdoc/>
    public override string Description => "Confirms a reservation: venue, date, time, party size and number, with a button to manage it.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Reservation>> Samples =>
    [
        new("th", new Reservation(Language.Thai, "ร้านอาหารบ้านสวน สาขาสุขุมวิท", "5 ธ.ค. 2569", "19:00", 4, "RSV-TH-3021", "https://example.com/reservations/RSV-TH-3021")),
        new("ja", new Reservation(Language.Japanese, "鮨 はなぶさ 銀座店", "12月5日(金)", "19:00", 2, "RSV-JP-5520", "https://example.com/reservations/RSV-JP-5520")),
        new("en", new Reservation(Language.English, "The Garden Bistro", "Fri, Dec 5", "7:00 PM", 3, "RSV-US-1187", "https://example.com/reservations/RSV-US-1187")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Reservation r)
    {
        var say = (string th, string ja, string en) => Brand.Say(r.Language, th, ja, en);
        var guests = say($"{r.Guests} ท่าน", $"{r.Guests}名様", r.Guests == 1 ? "1 guest" : $"{r.Guests} guests");
        message
            .AltText(FlexTextLimits.ForAltText(say($"ยืนยันการจอง {r.Venue} {r.Date} {r.Time}", $"{r.Venue} {r.Date} {r.Time} のご予約を承りました", $"Reservation confirmed: {r.Venue}, {r.Date} {r.Time}")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("ยืนยันการจอง", "ご予約確認", "Reservation confirmed")))
                    .Text(r.Venue, t => t.Weight(FontWeight.Bold).Wrap())
                    .Apply(
                        Brand.Row(say("วันที่", "日付", "Date"), r.Date),
                        Brand.Row(say("เวลา", "時間", "Time"), r.Time),
                        Brand.Row(say("จำนวน", "人数", "Party"), guests),
                        Brand.Row(say("หมายเลขการจอง", "予約番号", "Booking no."), r.ReservationNumber))
                    .Apply(Brand.Button(say("จัดการการจอง", "予約を変更・取消", "Manage booking"), r.ManageUrl))));
    }
}
