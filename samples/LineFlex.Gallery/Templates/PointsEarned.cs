namespace LineFlex.Gallery;

/// <summary>The data of a points notice.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="Earned">Points earned by this purchase.</param>
/// <param name="Balance">The balance after it.</param>
/// <param name="ExpiresOn">When the oldest points expire, formatted; null when none expire soon.</param>
/// <param name="PointsUrl">The points history page.</param>
public sealed record Points(Language Language, int Earned, int Balance, string? ExpiresOn, string PointsUrl);

/// <summary>Tells a member how many points a purchase earned.</summary>
public sealed class PointsEarned : FlexTemplate<Points>
{
    /// <inheritdoc/>
    public override string Name => "points-earned";

    /// <inheritdoc/>
    public override string Description => "Tells a member the points a purchase earned and the new balance, and when points expire if soon.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Points>> Samples =>
    [
        new("th", new Points(Language.Thai, 125, 2480, "31 ธ.ค. 2569", "https://example.com/points")),
        new("ja", new Points(Language.Japanese, 64, 1210, null, "https://example.com/points")),
        new("en", new Points(Language.English, 30, 530, "Dec 31", "https://example.com/points")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Points p)
    {
        var say = (string th, string ja, string en) => Brand.Say(p.Language, th, ja, en);
        var earned = p.Earned.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var balance = p.Balance.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        message
            .AltText(FlexTextLimits.ForAltText(say($"คุณได้รับ {earned} คะแนน คะแนนสะสม {balance}", $"{earned} ポイント獲得しました。残高 {balance}", $"You earned {earned} points. Balance {balance}")))
            .Bubble(b => b
                .Size(BubbleSize.Kilo)
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("ได้รับคะแนน", "ポイント獲得", "Points earned")))
                    .Text("+" + earned, t => t.Size("3xl").Weight(FontWeight.Bold).Color(Brand.Green).Align(FlexAlign.Center))
                    .Apply(Brand.Row(say("คะแนนสะสม", "ポイント残高", "Balance"), balance, bold: true))
                    .When(p.ExpiresOn is not null, x => x.Text(say($"คะแนนบางส่วนหมดอายุ {p.ExpiresOn}", $"一部ポイントの有効期限: {p.ExpiresOn}", $"Some points expire {p.ExpiresOn}"), t => t.Size("xs").Color(Brand.Grey).Wrap()))
                    .Apply(Brand.Button(say("ดูประวัติคะแนน", "ポイント履歴", "Points history"), p.PointsUrl))));
    }
}
