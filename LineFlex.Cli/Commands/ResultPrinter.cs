namespace LineFlex.Cli.Commands;

/// <summary>Prints send results, delivery reports and findings the same way for every command.</summary>
internal static class ResultPrinter
{
    public static void Findings(TextWriter output, FlexValidationReport report)
    {
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding.Severity == FindingSeverity.Warning ? finding with { Message = "warning: " + finding.Message } : finding);
        }
    }

    public static void Sent(TextWriter output, SendResult result)
    {
        output.WriteLine($"bulkId: {result.BulkId}");
        foreach (var message in result.Messages)
        {
            output.WriteLine($"messageId: {message.MessageId}  to: {message.Destination}  status: {message.Status?.GroupName}/{message.Status?.Name} ({message.Status?.Description})");
        }
    }

    public static void Report(TextWriter output, DeliveryReport report) =>
        output.WriteLine(
            $"report: messageId {report.MessageId}  to {report.To}  status {report.Status?.GroupName}/{report.Status?.Name}  error {report.Error?.GroupName}/{report.Error?.Name}  done {report.DoneAt:yyyy-MM-dd HH:mm:ss.fff zzz}");

    public static void Failure(TextWriter error, Exception exception) => error.WriteLine($"error: {exception.Message}");
}
