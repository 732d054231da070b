namespace LineFlex;

/// <summary><c>options.schedule.sendingSpeedLimit</c>: spreads a large bulk over time.</summary>
[FlexNode(Noun = "a sending speed limit")]
public sealed partial record SendingSpeedLimit
{
    /// <summary><c>amount</c> (required, above 0): messages sent per <see cref="TimeUnit"/>.</summary>
    [Wire(Required = true)] public int? Amount { get; init; }

    /// <summary><c>timeUnit</c>: Infobip's default is <see cref="SpeedLimitTimeUnit.Minute"/>.</summary>
    public SpeedLimitTimeUnit? TimeUnit { get; init; }
}
