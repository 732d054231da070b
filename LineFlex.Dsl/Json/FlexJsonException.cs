namespace LineFlex;

/// <summary>
/// JSON that cannot be read as LineFlex's model: malformed JSON, an unknown <c>type</c>, a value of the
/// wrong JSON type, an unknown enum word or an unknown property. The message names the JSON path,
/// the line and position, and what was expected there.
/// </summary>
public sealed class FlexJsonException : Exception
{
    /// <summary>Creates the exception; the message gets the path, line and position appended.</summary>
    public FlexJsonException(string problem, string path, int lineNumber, int linePosition, Exception? innerException = null)
        : base(Describe(problem, path, lineNumber, linePosition), innerException)
    {
        Problem = problem;
        Path = path;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Problem { get; }

    /// <summary>The wire JSON path of the offending value (<c>messages[0].content.altText</c>); empty at the root.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the offending value, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position in that line, or 0 when unknown.</summary>
    public int LinePosition { get; }

    private static string Describe(string problem, string path, int line, int position) =>
        $"{problem} (path '{(path.Length == 0 ? "$" : path)}', line {line}, position {position})";
}
