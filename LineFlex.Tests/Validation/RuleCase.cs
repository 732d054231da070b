namespace LineFlex.Tests.Validation;

/// <summary>One rule: the smallest request that breaks only it (and where), and the smallest that passes it.</summary>
public sealed record RuleCase(FlexRule Rule, string Path, Func<LineRequest> Bad, Func<LineRequest> Good)
{
    public override string ToString() => $"{Rule.Code} at {Path}";
}
