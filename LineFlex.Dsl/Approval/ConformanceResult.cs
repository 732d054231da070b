namespace LineFlex;

/// <summary>How a message compares with the approvals: the closest approved shape and every difference from it.</summary>
/// <param name="Approval">The approved shape the message conforms to, or the closest one; null when none is loaded for it.</param>
/// <param name="Differences">Every difference from <paramref name="Approval"/>; empty when the message conforms.</param>
/// <remarks>See docs/approval.md.</remarks>
public sealed record ConformanceResult(ApprovedShape? Approval, IReadOnlyList<ConformanceDifference> Differences)
{
    /// <summary>Whether the message conforms to <see cref="Approval"/>.</summary>
    public bool Conforms => Approval is not null && Differences.Count == 0;
}
