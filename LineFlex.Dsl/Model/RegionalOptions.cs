namespace LineFlex;

/// <summary><c>smsFailover.regional</c>: parameters required by the law of some countries.</summary>
[FlexNode(Builder = typeof(SmsFailoverBuilder), Noun = "regional options")]
public sealed partial record RegionalOptions
{
    /// <summary><c>indiaDlt</c>: India's Distributed Ledger Technology registration.</summary>
    public IndiaDltOptions? IndiaDlt { get; init; }

    /// <summary><c>turkeyIys</c>: Turkey's IYS regulation.</summary>
    public TurkeyIysOptions? TurkeyIys { get; init; }

    /// <summary><c>southKorea</c>: South Korea's parameters.</summary>
    public SouthKoreaOptions? SouthKorea { get; init; }
}
