namespace LineFlex;

/// <summary>The tree breaks documented rules; the message lists every error, one per line, with its path and code.</summary>
public sealed class FlexValidationException : Exception
{
    /// <summary>Creates the exception from a report with at least one error.</summary>
    public FlexValidationException(FlexValidationReport report)
        : base(Describe(report ?? throw new ArgumentNullException(nameof(report))))
    {
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
        return header + Environment.NewLine + string.Join(Environment.NewLine, report.Errors.Select(e => "  " + e));
    }
}
