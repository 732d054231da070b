namespace LineFlex;

/// <summary>A scalar value of a delivery report body as text, with where it stands for error messages.</summary>
/// <param name="Text">The value as written (JSON numbers and booleans in invariant form).</param>
/// <param name="Location">The JSON path or XML element path of the value.</param>
/// <param name="LineNumber">The 1-based line, or 0 when unknown.</param>
/// <param name="LinePosition">The 1-based position, or 0 when unknown.</param>
internal readonly record struct ReportScalar(string Text, string Location, int LineNumber, int LinePosition)
{
    /// <summary>An exception saying <paramref name="problem"/> about this value.</summary>
    public DeliveryReportFormatException Fail(string problem) =>
        new(problem, Location, LineNumber, LinePosition);
}
