namespace LineFlex;

/// <summary>One way a message leaves the shape LINE approved, at its wire path.</summary>
/// <param name="Code">The stable code; see <see cref="ApprovalCodes"/>.</param>
/// <param name="Path">Where, written as the JSON reads (<c>content.contents.header.contents[1].text</c>).</param>
/// <param name="Message">What differs: the approved and the actual value.</param>
/// <remarks>See docs/approval.md.</remarks>
public sealed record ConformanceDifference(string Code, string Path, string Message)
{
    /// <summary><c>path: message [code]</c>, as the command line prints it.</summary>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
