namespace LineFlex.Tests.Validation;

/// <summary>One rule: the smallest request that breaks only it (and where), and the smallest that passes it.</summary>
public sealed record RuleCase(FlexRule Rule, string Path, Func<LineRequest> Bad, Func<LineRequest> Good)
{
    /// <summary>
    /// The validator of this case, on a fixed clock: it leaves out the LON guideline rules other than this one, which look
    /// at the whole bubble (its header, footer and title) and so would speak up in the smallest request of every rule.
    /// </summary>
    public FlexValidator Validator => FlexRules.LonGuidelines.Contains(Rule)
        ? new(new FlexValidatorOptions().Ignore([.. FlexRules.LonGuidelines.Where(r => r != Rule).Select(r => r.Code)]), new FixedClock(FixedClock.Now))
        : LonGuidelinesOff.Validator(new FixedClock(FixedClock.Now));

    public override string ToString() => $"{Rule.Code} at {Path}";
}
