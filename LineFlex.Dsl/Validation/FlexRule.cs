namespace LineFlex;

/// <summary>One documented rule the validator checks.</summary>
/// <param name="Code">The stable code findings carry (<c>LF201</c>).</param>
/// <param name="Checks">What the rule checks, in a sentence.</param>
/// <param name="Limit">The documented limit or grammar.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Source">Where the rule is documented.</param>
public sealed record FlexRule(string Code, string Checks, string Limit, FindingSeverity Severity, string Source);
