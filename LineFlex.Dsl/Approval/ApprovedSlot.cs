namespace LineFlex;

/// <summary>
/// A place in an approved template that the model fills: a string at <paramref name="Path"/> holds
/// <paramref name="Property"/>'s value (alone or inside fixed text, as the approved pattern shows).
/// </summary>
/// <param name="Path">The wire path in the approved shape, below the message (<c>content.contents.body.contents[2].contents[1].text</c>).</param>
/// <param name="Property">The model property (<c>TrackingNumber</c>; an item of a list: <c>Lines[].Name</c>).</param>
/// <param name="MaxLength">The declared limit: the field's documented maximum less the pattern's fixed characters; null when the field has none.</param>
/// <param name="LongestSeen">The longest value among the variant's samples, in UTF-16 code units.</param>
/// <param name="CharactersSeen">The characters the samples' values use, as a regular expression class (<c>[0-9A-Z-]</c>); informative, not enforced.</param>
/// <remarks>See docs/approval.md.</remarks>
public sealed record ApprovedSlot(string Path, string Property, int? MaxLength, int LongestSeen, string CharactersSeen)
{
    /// <summary>The values of the variant's samples, for the review's slot table; empty when read from a file.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
}
