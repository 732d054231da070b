namespace LineFlex.Testing;

/// <summary>A snapshot does not match the new wire JSON, or is missing where it must exist; the message says what differs and what to do.</summary>
public sealed class FlexSnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FlexSnapshotMismatchException(string message, IReadOnlyList<JsonChange> changes)
        : base(message) => Changes = changes;

    /// <summary>Creates the exception with no changes.</summary>
    public FlexSnapshotMismatchException()
        : this("The snapshot does not match.", [])
    {
    }

    /// <summary>Creates the exception with no changes.</summary>
    public FlexSnapshotMismatchException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with no changes and an inner exception.</summary>
    public FlexSnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException) => Changes = [];

    /// <summary>Each difference at its wire path; empty when the snapshot is missing.</summary>
    public IReadOnlyList<JsonChange> Changes { get; }
}
