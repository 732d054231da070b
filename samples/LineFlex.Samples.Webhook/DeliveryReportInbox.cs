using System.Threading.Channels;

namespace LineFlex.Samples.Webhook;

/// <summary>
/// Where the received delivery reports go: a real app updates its own records instead (an order's
/// notification state, say). Reading waits for the next report, so a test awaits one without polling.
/// </summary>
public sealed class DeliveryReportInbox
{
    private readonly Channel<DeliveryReport> _reports = Channel.CreateUnbounded<DeliveryReport>();

    /// <summary>Keeps one received report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the wait for room (never needed: the inbox is unbounded).</param>
    /// <returns>A task that completes when the report is kept.</returns>
    public ValueTask AddAsync(DeliveryReport report, CancellationToken cancellationToken) =>
        _reports.Writer.WriteAsync(report, cancellationToken);

    /// <summary>The next report received, waiting for one to arrive.</summary>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The report.</returns>
    public ValueTask<DeliveryReport> ReadAsync(CancellationToken cancellationToken) =>
        _reports.Reader.ReadAsync(cancellationToken);
}
