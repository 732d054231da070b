namespace LineFlex;

/// <summary>
/// A finding located in the JSON document it came from: the path there, and the line and position, as editors and CI
/// annotations read them (<c>order.json(12,7)</c>).
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable code: a rule of <see cref="FlexRules"/>, or an LF8xx difference between LINE's dialect and Infobip's.</param>
/// <param name="Path">Where the value is in the document (<c>contents.body.contents[2]</c>); empty at the root.</param>
/// <param name="LineNumber">The 1-based line, or 0 when unknown.</param>
/// <param name="LinePosition">The 1-based position in that line, or 0 when unknown.</param>
/// <param name="Message">What is wrong, or what was done, and how to fix it.</param>
/// <remarks>See docs/interop.md.</remarks>
public sealed record LocatedFinding(FindingSeverity Severity, string Code, string Path, int LineNumber, int LinePosition, string Message)
{
    /// <summary><c>(line,position): severity code at path: message</c>; prefix the file name for an editor.</summary>
    public override string ToString() =>
        $"({LineNumber},{LinePosition}): {(Severity == FindingSeverity.Error ? "error" : "warning")} {Code} at {(Path.Length == 0 ? "$" : Path)}: {Message}";

    /// <summary>
    /// Locates each finding of a tree read from <paramref name="json"/> (Infobip's dialect): the line and position of
    /// its wire path, or of the nearest object holding it when the value is missing. The path stays the finding's own
    /// (<c>messages[0].sender</c>), the place to add a missing value.
    /// </summary>
    /// <param name="json">The document the tree was read from, as <see cref="FlexJson.Deserialize{T}(string)"/> read it.</param>
    /// <param name="findings">The validator's findings on that tree, at paths relative to the document's root.</param>
    /// <exception cref="FlexJsonException">The JSON is malformed.</exception>
    public static IReadOnlyList<LocatedFinding> Locate(string json, IEnumerable<FlexFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(findings);
        return new SourceMap(SourceMap.Load(StrictJson.Check(json))).Locate(findings);
    }
}
