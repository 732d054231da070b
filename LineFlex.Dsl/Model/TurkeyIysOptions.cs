namespace LineFlex;

/// <summary><c>regional.turkeyIys</c>: for promotional SMS to numbers registered in Turkey.</summary>
public sealed record TurkeyIysOptions
{
    /// <summary><c>brandCode</c>: the company's brand code; the account's default when absent.</summary>
    public int? BrandCode { get; init; }

    /// <summary><c>recipientType</c> (required).</summary>
    public RecipientType? RecipientType { get; init; }
}
