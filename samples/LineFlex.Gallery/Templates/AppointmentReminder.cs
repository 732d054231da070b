namespace LineFlex.Gallery;

/// <summary>The data of an appointment reminder.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="Clinic">Where.</param>
/// <param name="WithWhom">Who the appointment is with.</param>
/// <param name="When">The date and time, formatted.</param>
/// <param name="AppointmentId">The appointment's id, sent back when the patient confirms.</param>
/// <param name="RescheduleUrl">Where to pick another time.</param>
public sealed record Appointment(Language Language, string Clinic, string WithWhom, string When, string AppointmentId, string RescheduleUrl);

/// <summary>Reminds a patient of an appointment, with buttons to confirm or reschedule.</summary>
public sealed class AppointmentReminder : FlexTemplate<Appointment>
{
    /// <inheritdoc/>
    public override string Name => "appointment-reminder";

    /// <inheritdoc/>
    public override string Description => "Reminds a patient of an appointment tomorrow, with a button to confirm and one to reschedule.";

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
                .Apply(Brand.Header(say("เตือนนัดหมาย", "ご予約のリマインド", "Appointment reminder")))
                .Style(s => s.Footer(separator: true))
                .Body(body => body
                    .Spacing("sm")
                    .Text(a.Clinic, t => t.Weight(FontWeight.Bold).Wrap())
                    .Apply(
                        Brand.Row(say("แพทย์", "担当", "With"), a.WithWhom),
                        Brand.Row(say("วันเวลา", "日時", "When"), a.When, bold: true)))
                .Footer(f => f
                    .Spacing("sm")
                    .Button(Flex.Postback(FlexTextLimits.ForLabel(say("ยืนยันนัด", "予約を確定", "Confirm")), $"action=confirm&appointment={a.AppointmentId}"), x => x.Style(ButtonStyle.Primary).Color(Brand.Green))
                    .Button(Flex.Uri(FlexTextLimits.ForLabel(say("เลื่อนนัด", "日時を変更", "Reschedule")), a.RescheduleUrl), x => x.Style(ButtonStyle.Secondary))));
    }
}
