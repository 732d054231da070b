using LineFlex.Gallery;

namespace LineFlex.Samples.Notify;

/// <summary>A member who earned points: one personalised message each.</summary>
/// <param name="Phone">The member's phone number in international form, digits only.</param>
/// <param name="Points">What the points-earned template shows this member.</param>
internal sealed record Member(string Phone, Points Points)
{
    /// <summary>The members of this example, in Thai, Japanese and English.</summary>
    public static IReadOnlyList<Member> Examples { get; } =
    [
        new("66812345601", new Points(Language.Thai, 125, 2480, "31 ธ.ค. 2569", "https://example.com/points")),
        new("66812345602", new Points(Language.Thai, 40, 610, null, "https://example.com/points")),
        new("819012345603", new Points(Language.Japanese, 64, 1210, null, "https://example.com/points")),
        new("886912345604", new Points(Language.English, 30, 530, "Dec 31", "https://example.com/points")),
    ];
}
