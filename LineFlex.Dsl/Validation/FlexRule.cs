namespace LineFlex;

/// <summary>
/// One documented rule the validator checks. A rule that bounds a number or a length declares its
/// <see cref="Bounds"/> here, once: the check reads them, its message prints them, and the limit column of the
/// rules table in docs/validation.md is written from them.
/// </summary>
public sealed record FlexRule
{
    /// <summary>A rule whose limit is a grammar or a condition, described in words (<c>#RRGGBB or #RRGGBBAA</c>).</summary>
    /// <param name="code">The stable code findings carry (<c>LF401</c>).</param>
    /// <param name="checks">What the rule checks, in a sentence.</param>
    /// <param name="limit">The documented grammar or condition.</param>
    /// <param name="severity">The severity of its findings.</param>
    /// <param name="source">Where the rule is documented.</param>
    public FlexRule(string code, string checks, string limit, FindingSeverity severity, string source)
    {
        Code = code;
        Checks = checks;
        Limit = limit;
        Severity = severity;
        Source = source;
    }

    /// <summary>A rule that bounds a number or a length (<c>FlexBounds.Between(0, 400)</c>); its limit is written from the bounds.</summary>
    /// <param name="code">The stable code findings carry (<c>LF201</c>).</param>
    /// <param name="checks">What the rule checks, in a sentence.</param>
    /// <param name="bounds">The least and the greatest value allowed.</param>
    /// <param name="severity">The severity of its findings.</param>
    /// <param name="source">Where the rule is documented.</param>
    public FlexRule(string code, string checks, FlexBounds bounds, FindingSeverity severity, string source)
        : this(code, checks, bounds.ToString(), severity, source)
    {
        Bounds = bounds;
    }

    /// <summary>The stable code findings carry (<c>LF201</c>).</summary>
    public string Code { get; }

    /// <summary>What the rule checks, in a sentence.</summary>
    public string Checks { get; }

    /// <summary>The documented limit, grammar or condition, as the rules table shows it (<c>0..400</c>).</summary>
    public string Limit { get; }

    /// <summary>The bounds of a rule on a number or a length; null for a rule on a grammar or a condition.</summary>
    public FlexBounds? Bounds { get; }

    /// <summary>The severity of its findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Where the rule is documented.</summary>
    public string Source { get; }

    /// <summary>The least value the rule allows; only for a rule declared with a minimum.</summary>
    internal int Min => Bounds?.Minimum ?? throw new InvalidOperationException($"Rule {Code} declares no minimum; declare it with FlexBounds.");

    /// <summary>The greatest value the rule allows; only for a rule declared with a maximum.</summary>
    internal int Max => Bounds?.Maximum ?? throw new InvalidOperationException($"Rule {Code} declares no maximum; declare it with FlexBounds.");
}
