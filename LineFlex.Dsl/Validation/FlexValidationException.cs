namespace LineFlex;

/// <summary>
/// The tree breaks documented rules, or a check added to the client's (a team's validator, the approval check); nothing
/// was sent. The message lists every error, one per line, with its path and code.
/// </summary>
/// <remarks>A message that leaves the template LINE approved throws the derived <see cref="FlexApprovalException"/>.</remarks>
public class FlexValidationException : Exception
{
    /// <summary>Creates the exception from a report with at least one error.</summary>
    public FlexValidationException(FlexValidationReport report)
        : this(report, Describe(report ?? throw new ArgumentNullException(nameof(report))))
    {
    }

    /// <summary>Creates the exception from a report with at least one error, described by <paramref name="message"/>.</summary>
    protected FlexValidationException(FlexValidationReport report, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
    }

    /// <summary>The whole report, warnings included.</summary>
    public FlexValidationReport Report { get; }

    /// <summary>The errors that made the tree invalid.</summary>
    public IReadOnlyList<FlexFinding> Errors => Report.Errors;

    private static string Describe(FlexValidationReport report)
    {
        var count = report.Errors.Count;
        var header = count == 1
            ? "The message breaks 1 documented rule; fix it before sending:"
            : $"The message breaks {count} documented rules; fix them before sending:";
        return header + Environment.NewLine + Lines(report);
    }

    /// <summary>Every error of <paramref name="report"/>, one an indented line.</summary>
    private protected static string Lines(FlexValidationReport report) =>
        string.Join(Environment.NewLine, report.Errors.Select(e => "  " + e));
}
