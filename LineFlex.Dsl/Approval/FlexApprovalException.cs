namespace LineFlex;

/// <summary>
/// A message leaves the shape LINE approved for its template, or has no approval; nothing was sent. The message lists
/// every difference, and any other error found with them; <see cref="Differences"/> holds the differences from the
/// approval, each at its wire path with its code (<see cref="ApprovalCodes"/>).
/// </summary>
/// <remarks>
/// A <see cref="FlexValidationException"/>: the approval check is one of the checks the client runs before a send,
/// so <c>catch (FlexValidationException)</c> catches this too, and <see cref="FlexValidationException.Report"/> holds
/// every finding. See docs/approval.md.
/// </remarks>
public sealed class FlexApprovalException : FlexValidationException
{
    /// <summary>Creates the exception from a report holding at least one difference from an approval (an error with an <see cref="ApprovalCodes"/> code).</summary>
    public FlexApprovalException(FlexValidationReport report)
        : base(report, Describe(report ?? throw new ArgumentNullException(nameof(report))))
    {
        Differences = Of(report);
    }

    /// <summary>Every difference from the approval, at its wire path in what was to be sent.</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }

    private static ConformanceDifference[] Of(FlexValidationReport report) =>
        [.. report.Errors.Where(e => ApprovalCodes.IsDifference(e.Code)).Select(e => new ConformanceDifference(e.Code, e.Path, e.Message))];

    private static string Describe(FlexValidationReport report)
    {
        var differences = Of(report).Length;
        var others = report.Errors.Count - differences;
        return $"{differences} difference(s) from the approved template{(others > 0 ? $" and {others} other error(s)" : string.Empty)}; nothing was sent:"
            + Environment.NewLine + Lines(report);
    }
}
