namespace LineFlex;

/// <summary>
/// Something in an approved shape that LINE Official Notification's guidelines will not accept as it is, found when
/// the review package is written: a warning with a stable code, the wire path, and the public page that says so.
/// </summary>
/// <param name="Code">The stable code; see <see cref="ApprovalCodes"/>.</param>
/// <param name="Path">The wire path in the approved shape.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Source">The public page stating the guideline.</param>
/// <remarks>See docs/approval.md, section "Codes".</remarks>
public sealed record ApprovalWarning(string Code, string Path, string Message, string Source)
{
    /// <summary>The warnings of <paramref name="shape"/>: a button URI that holds a model value (<see cref="ApprovalCodes.SlotInButtonUri"/>).</summary>
    public static IReadOnlyList<ApprovalWarning> Of(ApprovedShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return [.. shape.Slots
            .Where(s => s.Path.Contains(".action.", StringComparison.Ordinal) && s.Path.EndsWith("uri", StringComparison.OrdinalIgnoreCase))
            .Select(s => new ApprovalWarning(
                ApprovalCodes.SlotInButtonUri,
                s.Path,
                $"The button's URI comes from the model ({s.Property}); LON fixes button URLs at approval. Make the URI fixed text, or have this URL pattern approved with LINE.",
                ApprovalCodes.MessageTypesSource))];
    }

    /// <summary><c>path: message [code] (source)</c>.</summary>
    public override string ToString() => $"{Path}: {Message} [{Code}] ({Source})";
}
