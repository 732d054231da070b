namespace LineFlex.Cli;

/// <summary>Polls delivery reports of a bulk until every message has one, or the time is up.</summary>
internal static class DeliveryWait
{
    /// <summary>
    /// The reports of <paramref name="bulkId"/>, polled every <paramref name="interval"/> until <paramref name="expected"/>
    /// have come or <paramref name="timeout"/> has passed; <paramref name="polled"/> is told after every poll how many
    /// have come so far.
    /// </summary>
    public static async Task<IReadOnlyList<DeliveryReport>> ForReportsAsync(
        SendTarget target, string? bulkId, int expected, TimeSpan timeout, TimeSpan interval, Action<int> polled, CancellationToken cancellationToken)
    {
        var reports = new List<DeliveryReport>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (reports.Count < expected)
            {
                reports.AddRange(await target.CallAsync(client => client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = bulkId }, deadline.Token)).ConfigureAwait(false));
                polled(reports.Count);
                if (reports.Count < expected)
                {
                    await Task.Delay(interval, deadline.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Time is up: return what arrived.
        }

        return reports;
    }
}
