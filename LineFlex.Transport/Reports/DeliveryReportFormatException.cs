namespace LineFlex;

/// <summary>
/// A delivery report body that cannot be read: malformed JSON or XML, the wrong root, a missing
/// <c>results</c> list, or a value of the wrong kind (a word where a number belongs, a timestamp that is
/// not one). The message says what was wrong, where (a JSON path such as <c>results[0].sentAt</c>, or an
/// XML element such as <c>/DeliveryReports/results/result[1]/sentAt</c>), the line and position when known,
/// and what was expected. A JSON or XML reader's own exception is kept as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class DeliveryReportFormatException : Exception
{
    /// <summary>Creates the exception; the message gets the location, line and position appended.</summary>
    /// <param name="problem">What is wrong and what was expected, without the location.</param>
    /// <param name="location">A JSON path (empty for the root) or an XML element path.</param>
    /// <param name="lineNumber">The 1-based line, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position in that line, or 0 when unknown.</param>
    /// <param name="innerException">The JSON or XML reader's exception, if one was the cause.</param>
    public DeliveryReportFormatException(string problem, string location, int lineNumber, int linePosition, Exception? innerException = null)
        : base(Describe(problem, location, lineNumber, linePosition), innerException)
    {
        Problem = problem;
        Location = location;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Problem { get; }

    /// <summary>
    /// Where: a JSON path (<c>results[0].sentAt</c>; empty at the root) or an XML element path
    /// (<c>/DeliveryReports/results/result[1]/sentAt</c>).
    /// </summary>
    public string Location { get; }

    /// <summary>The 1-based line of the offending value, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position in that line, or 0 when unknown.</summary>
    public int LinePosition { get; }

    private static string Describe(string problem, string location, int line, int position)
    {
        var where = location.Length == 0 ? "$" : location;
        return line > 0
            ? $"{problem} (at '{where}', line {line}, position {position})"
            : $"{problem} (at '{where}')";
    }
}
