namespace LineFlex.Testing;

/// <summary>A template no longer has the shape LINE approved, or has no approval; the message says what differs and what to do.</summary>
public sealed class FlexApprovalDriftException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FlexApprovalDriftException(string message, IReadOnlyList<ConformanceDifference> differences)
        : base(message) => Differences = differences;

    /// <summary>Creates the exception with no differences.</summary>
    public FlexApprovalDriftException()
        : this("The template drifted from its approval.", [])
    {
    }

    /// <summary>Creates the exception with no differences.</summary>
    public FlexApprovalDriftException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with no differences and an inner exception.</summary>
    public FlexApprovalDriftException(string message, Exception innerException)
        : base(message, innerException) => Differences = [];

    /// <summary>Each changed fixed part at its wire path; empty when there is no approval.</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }
}
