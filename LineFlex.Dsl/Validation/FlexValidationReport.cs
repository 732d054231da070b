namespace LineFlex;

/// <summary>Everything the validator found in one tree: errors first, then warnings, each in tree order.</summary>
public sealed class FlexValidationReport
{
    internal FlexValidationReport(IReadOnlyList<FlexFinding> findings)
    {
        Findings = findings;
        Errors = findings.Count == 0 ? [] : [.. findings.Where(f => f.Severity == FindingSeverity.Error)];
        Warnings = findings.Count == 0 ? [] : [.. findings.Where(f => f.Severity == FindingSeverity.Warning)];
    }

    /// <summary>Every finding, errors before warnings.</summary>
    public IReadOnlyList<FlexFinding> Findings { get; }

    /// <summary>The findings that make the tree invalid.</summary>
    public IReadOnlyList<FlexFinding> Errors { get; }

    /// <summary>The findings worth knowing about that do not stop sending.</summary>
    public IReadOnlyList<FlexFinding> Warnings { get; }

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Throws <see cref="FlexValidationException"/> listing every error when there is any.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new FlexValidationException(this);
        }
    }

    /// <summary>One line per finding: <c>path: message [code]</c>.</summary>
    public override string ToString() => Findings.Count == 0 ? "No findings." : string.Join(Environment.NewLine, Findings);
}
