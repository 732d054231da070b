namespace LineFlex;

/// <summary>A message leaves the shape LINE approved for its template, or has no approval; nothing was sent. The message lists every difference.</summary>
/// <remarks>See docs/approval.md.</remarks>
public sealed class FlexApprovalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FlexApprovalException(string message, IReadOnlyList<ConformanceDifference> differences)
        : base(message) => Differences = differences;

    /// <summary>Creates the exception with no differences.</summary>
    public FlexApprovalException()
        : this("The message does not conform to its approved template.", [])
    {
    }

    /// <summary>Creates the exception with no differences.</summary>
    public FlexApprovalException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with no differences and an inner exception.</summary>
    public FlexApprovalException(string message, Exception innerException)
        : base(message, innerException) => Differences = [];

    /// <summary>Every difference, at its wire path in what was to be sent.</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }
}
