namespace LineFlex;

/// <summary><c>regional.turkeyIys</c>: for promotional SMS to numbers registered in Turkey.</summary>
[FlexNode(Noun = "Turkey IYS options")]
public sealed partial record TurkeyIysOptions
{
    /// <summary><c>brandCode</c>: the company's brand code; the account's default when absent.</summary>
    public int? BrandCode { get; init; }

    /// <summary><c>recipientType</c> (required).</summary>
    [Wire(Required = true)] public RecipientType? RecipientType { get; init; }
}
