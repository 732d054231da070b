namespace LineFlex.Cli.Commands;

/// <summary>Polls delivery reports of a bulk until every message has one, or the time is up.</summary>
internal static class DeliveryWait
{
    public static async Task<IReadOnlyList<DeliveryReport>> ForReportsAsync(
        LineFlexClient client, string? bulkId, int expected, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        var reports = new List<DeliveryReport>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (reports.Count < expected)
            {
                reports.AddRange(await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = bulkId }, deadline.Token).ConfigureAwait(false));
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
