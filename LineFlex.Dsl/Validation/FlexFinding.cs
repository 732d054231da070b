namespace LineFlex;

/// <summary>
/// One violation of a documented rule, at its wire JSON path
/// (<c>messages[0].content.contents.body.contents[2].action.label</c>).
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The rule's stable code (<c>LF201</c>); see <see cref="FlexRules"/> and docs/validation.md.</param>
/// <param name="Path">Where the value is, written as the JSON reads; relative to the node validated.</param>
/// <param name="Message">What is wrong, the limit and the actual figure.</param>
/// <param name="AttemptedValue">The offending value, where it helps.</param>
public sealed record FlexFinding(FindingSeverity Severity, string Code, string Path, string Message, object? AttemptedValue)
{
    /// <summary><c>path: message [code]</c>, as the command line prints it.</summary>
    public override string ToString() => $"{(Path.Length == 0 ? "$" : Path)}: {Message} [{Code}]";
}
