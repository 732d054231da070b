using FluentValidation.Results;

namespace LineFlex;

/// <summary>Everything the validator found in one tree: errors first, then warnings, each in tree order.</summary>
public sealed class FlexValidationReport
{
    internal FlexValidationReport(IReadOnlyList<FlexFinding> findings)
    {
        Findings = findings;
        // Stryker disable once Conditional : an empty report's lists are empty either way; the branch only skips the filtering
        Errors = findings.Count == 0 ? [] : [.. findings.Where(f => f.Severity == FindingSeverity.Error)];
        // Stryker disable once Conditional : as for Errors
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

    /// <summary>
    /// Throws <see cref="FlexValidationException"/> listing every error when there is any: a
    /// <see cref="FlexApprovalException"/> when an error is a difference from an approved template.
    /// </summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw ToException();
        }
    }

    /// <summary>The exception <see cref="ThrowIfInvalid"/> throws; only for a report with an error.</summary>
    internal FlexValidationException ToException() =>
        Errors.Any(e => ApprovalCodes.IsDifference(e.Code)) ? new FlexApprovalException(this) : new FlexValidationException(this);

    /// <summary>
    /// The report of a FluentValidation result, a LineFlex validator's or any other: each failure becomes a finding at
    /// its <c>PropertyName</c>, a C# property path (<c>Content.AltText</c>) written as the wire path (<c>content.altText</c>),
    /// with its <c>ErrorCode</c>, message, severity (an <c>Info</c> counts as a warning) and attempted value; errors
    /// first, then warnings, each in the result's order.
    /// </summary>
    /// <param name="result">The result of a validator.</param>
    public static FlexValidationReport From(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Errors);
    }

    /// <summary>The report of <paramref name="failures"/>, as <see cref="From(ValidationResult)"/> makes it of a result holding them.</summary>
    internal static FlexValidationReport Of(List<ValidationFailure> failures)
    {
        if (failures.Count == 0)
        {
            return Clean;
        }

        var findings = new List<FlexFinding>(failures.Count);
        foreach (var wanted in (ReadOnlySpan<FindingSeverity>)[FindingSeverity.Error, FindingSeverity.Warning])
        {
            foreach (var failure in failures)
            {
                var severity = failure.Severity == FluentValidation.Severity.Error ? FindingSeverity.Error : FindingSeverity.Warning;
                if (severity == wanted)
                {
                    findings.Add(new FlexFinding(severity, failure.ErrorCode, WirePath.FromPropertyPath(failure.PropertyName), failure.ErrorMessage, failure.AttemptedValue));
                }
            }
        }

        return new FlexValidationReport(findings);
    }

    /// <summary>The report of a tree without findings: immutable, so every clean validation shares it.</summary>
    private static readonly FlexValidationReport Clean = new([]);

    /// <summary>One line per finding: <c>path: message [code]</c>.</summary>
    public override string ToString() => Findings.Count == 0 ? "No findings." : string.Join(Environment.NewLine, Findings);
}
