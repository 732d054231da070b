namespace LineFlex;

/// <summary>
/// A node written in LINE's dialect, with what the export noted: what LINE would refuse (an error), and what LINE's
/// flex message has no place for and was left out (a warning), each at its wire path in the node exported (LF807 to LF809).
/// </summary>
/// <remarks>See docs/interop.md.</remarks>
public sealed class LineExport
{
    internal LineExport(string json, IReadOnlyList<FlexFinding> findings)
    {
        Json = json;
        Findings = findings;
    }

    /// <summary>The JSON in LINE's dialect, for the Flex Message Simulator or LINE's Messaging API.</summary>
    public string Json { get; }

    /// <summary>What the export noted, errors first, each at its wire path in the node exported (<c>body.contents[0].action.data</c>).</summary>
    public IReadOnlyList<FlexFinding> Findings { get; }

    /// <summary>Whether LINE would refuse the JSON as written (a finding is an error).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
