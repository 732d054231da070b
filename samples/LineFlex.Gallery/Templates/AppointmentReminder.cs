namespace LineFlex.Gallery;

/// <summary>The data of an appointment reminder.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="Clinic">Where.</param>
/// <param name="WithWhom">Who the appointment is with.</param>
/// <param name="When">The date and time, formatted.</param>
/// <param name="AppointmentId">The appointment's number, for the patient to quote.</param>
/// <param name="RescheduleUrl">Where to pick another time.</param>
public sealed record Appointment(Language Language, string Clinic, string WithWhom, string When, string AppointmentId, string RescheduleUrl);

/// <summary>Reminds a patient of an appointment, with a button to reschedule.</summary>
public sealed class AppointmentReminder : FlexTemplate<Appointment>
{
    /// <inheritdoc/>
    public override string Name => "appointment-reminder";

    /// <inheritdoc/>
    public override string Description => "Reminds a patient of an appointment tomorrow: where, with whom, when and its number, with a button to reschedule.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Appointment>> Samples =>
    [
        new("th", new Appointment(Language.Thai, "คลินิกทันตกรรมยิ้มสวย", "ทพ. วิชัย สุขใจ", "29 พ.ย. 2569 10:30", "APT-7781", "https://example.com/appointments/APT-7781/reschedule")),
        new("ja", new Appointment(Language.Japanese, "さくら歯科クリニック", "山田 太郎 先生", "11月29日(土) 10:30", "APT-5521", "https://example.com/appointments/APT-5521/reschedule")),
        new("en", new Appointment(Language.English, "Bright Smile Dental", "Dr. Jane Lee", "Sat, Nov 29, 10:30 AM", "APT-3310", "https://example.com/appointments/APT-3310/reschedule")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Appointment a)
    {
        var say = (string th, string ja, string en) => Brand.Say(a.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"เตือนนัดหมาย {a.Clinic} {a.When}", $"{a.When} {a.Clinic} のご予約のお知らせ", $"Reminder: {a.Clinic}, {a.When}")))
            .ValidityPeriod(12, ValidityPeriodTimeUnit.Hours)
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("เตือนนัดหมาย", "ご予約のリマインド", "Appointment reminder")))
                    .Text(a.Clinic, t => t.Weight(FontWeight.Bold).Wrap())
                    .Apply(
                        Brand.Row(say("แพทย์", "担当", "With"), a.WithWhom),
                        Brand.Row(say("วันเวลา", "日時", "When"), a.When, bold: true),
                        Brand.Row(say("หมายเลขนัด", "予約番号", "Appointment no."), a.AppointmentId))
                    .Apply(Brand.Button(say("เลื่อนนัด", "日時を変更", "Reschedule"), a.RescheduleUrl))));
    }
}
