namespace LineFlex;

/// <summary><c>regional.southKorea</c>: for SMS to numbers registered in South Korea.</summary>
[FlexNode(Noun = "South Korea options")]
public sealed partial record SouthKoreaOptions
{
    /// <summary><c>title</c> (0..66 characters).</summary>
    public string? Title { get; init; }

    /// <summary><c>resellerCode</c>: the nine-digit business registration number of a reseller.</summary>
    public int? ResellerCode { get; init; }
}
