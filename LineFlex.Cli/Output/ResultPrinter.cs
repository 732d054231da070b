namespace LineFlex.Cli;

/// <summary>
/// Prints send results, delivery reports and findings the same way for every command. Text from a server's answer
/// is quoted as a short excerpt, so no answer can flood the terminal.
/// </summary>
internal static class ResultPrinter
{
    public static void Findings(TextWriter output, FlexValidationReport report)
    {
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding.Severity == FindingSeverity.Warning ? finding with { Message = "warning: " + finding.Message } : finding);
        }
    }

    /// <summary>One line per finding, as editors and CI annotations read them: <c>file.json(12,7): error LF201 at path: message</c>.</summary>
    public static void Findings(TextWriter output, string fileName, IEnumerable<LocatedFinding> findings)
    {
        foreach (var finding in findings.OrderBy(f => f.Severity))
        {
            output.WriteLine(fileName + finding);
        }
    }

    public static void Sent(TextWriter output, SendResult result)
    {
        output.WriteLine($"bulkId: {Quote(result.BulkId)}");
        foreach (var message in result.Messages)
        {
            output.WriteLine(
                $"messageId: {Quote(message.MessageId)}  to: {Quote(message.Destination)}  "
                + $"status: {Quote(message.Status?.GroupName)}/{Quote(message.Status?.Name)} ({Quote(message.Status?.Description)})");
        }
    }

    public static void Report(TextWriter output, DeliveryReport report) =>
        output.WriteLine(
            $"report: messageId {Quote(report.MessageId)}  to {Quote(report.To)}  status {Quote(report.Status?.GroupName)}/{Quote(report.Status?.Name)}  "
            + $"error {Quote(report.Error?.GroupName)}/{Quote(report.Error?.Name)}  done {report.DoneAt:yyyy-MM-dd HH:mm:ss.fff zzz}");

    private static string Quote(string? text) => text is null ? string.Empty : FlexLimits.Excerpt(text);
}
