namespace LineFlex.Gallery;

/// <summary>The data of a welcome notice.</summary>
/// <param name="Language">The notification's language.</param>
/// <param name="MemberName">The new member's name.</param>
/// <param name="MemberId">The membership number.</param>
/// <param name="Tier">The membership tier.</param>
/// <param name="MemberUrl">The member's page.</param>
public sealed record Registration(Language Language, string MemberName, string MemberId, string Tier, string MemberUrl);

/// <summary>Welcomes a new member and gives the membership number.</summary>
public sealed class RegistrationCompleted : FlexTemplate<Registration>
{
    /// <inheritdoc/>
    public override string Name => "registration-completed";

    /// <inheritdoc/>
    public override string Description => "Welcomes a new member: the membership number and tier, with a button to the member page.";

    /// <inheritdoc/>
    public override IEnumerable<FlexSample<Registration>> Samples =>
    [
        new("th", new Registration(Language.Thai, "คุณสมหญิง", "M-0066-1234", "Silver", "https://example.com/members/M-0066-1234")),
        new("ja", new Registration(Language.Japanese, "佐藤 花子 様", "M-0081-5678", "シルバー", "https://example.com/members/M-0081-5678")),
        new("en", new Registration(Language.English, "Alex Kim", "M-0001-9012", "Silver", "https://example.com/members/M-0001-9012")),
    ];

    /// <inheritdoc/>
    protected override void Compose(MessageBuilder message, Registration r)
    {
        var say = (string th, string ja, string en) => Brand.Say(r.Language, th, ja, en);
        message
            .AltText(FlexTextLimits.ForAltText(say($"ยินดีต้อนรับ {r.MemberName} สมัครสมาชิกเรียบร้อยแล้ว", $"{r.MemberName}、会員登録が完了しました", $"Welcome, {r.MemberName}! Your membership is ready")))
            .Bubble(b => b
                .Apply(Brand.Notification)
                .Body(body => body
                    .Spacing("sm")
                    .Apply(Brand.Title(say("สมัครสมาชิกสำเร็จ", "会員登録完了", "Welcome aboard")))
                    .Text(say($"ยินดีต้อนรับ {r.MemberName}", $"{r.MemberName}、ようこそ", $"Welcome, {r.MemberName}"), t => t.Weight(FontWeight.Bold).Wrap())
                    .Apply(
                        Brand.Row(say("หมายเลขสมาชิก", "会員番号", "Member no."), r.MemberId),
                        Brand.Row(say("ระดับ", "ランク", "Tier"), r.Tier))
                    .Apply(Brand.Button(say("หน้าสมาชิก", "会員ページ", "My membership"), r.MemberUrl))));
    }
}
