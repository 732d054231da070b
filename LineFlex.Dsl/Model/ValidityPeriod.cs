namespace LineFlex;

/// <summary>
/// <c>validityPeriod</c>: once it runs out the message is not sent. Infobip silently cuts anything
/// over 48 hours to 48 hours.
/// </summary>
[FlexNode(Noun = "a validity period")]
public sealed partial record ValidityPeriod
{
    /// <summary><c>amount</c> (required, above 0).</summary>
    [Wire(Required = true)] public int? Amount { get; init; }

    /// <summary><c>timeUnit</c>: Infobip's default is <see cref="ValidityPeriodTimeUnit.Minutes"/>.</summary>
    public ValidityPeriodTimeUnit? TimeUnit { get; init; }
}
