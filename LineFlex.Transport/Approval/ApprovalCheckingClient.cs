namespace LineFlex;

/// <summary>
/// A client that checks every message built from a template against its approval before the inner client sends it;
/// registered by <see cref="FlexTemplateServiceCollectionExtensions.AddFlexTemplates(Microsoft.Extensions.DependencyInjection.IServiceCollection, ApprovedTemplates, System.Reflection.Assembly[])"/>.
/// </summary>
internal sealed class ApprovalCheckingClient(ILineFlexClient inner, ApprovedTemplates approvals) : ILineFlexClient
{
    public Task<SendResult> SendAsync(LineRequest request, SendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        approvals.EnsureConforms([.. request.Messages ?? []]);
        return inner.SendAsync(request, options, cancellationToken);
    }

    public Task<SendResult> SendAsync(LineMessage message, SendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        approvals.EnsureConforms([message]);
        return inner.SendAsync(message, options, cancellationToken);
    }

    public Task<IReadOnlyList<DeliveryReport>> GetDeliveryReportsAsync(DeliveryReportQuery? query = null, CancellationToken cancellationToken = default) =>
        inner.GetDeliveryReportsAsync(query, cancellationToken);

    public Task<BulkOutcome> SendAllAsync(IEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<LineMessage> all = [.. messages];
        approvals.EnsureConforms(all);
        return inner.SendAllAsync(all, progress, cancellationToken);
    }

    // A stream is checked as it is read: a message that does not conform stops it there, after the batches before it.
    public Task<BulkOutcome> SendAllAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return inner.SendAllAsync(Checked(messages, cancellationToken), progress, cancellationToken);
    }

    private async IAsyncEnumerable<LineMessage> Checked(IAsyncEnumerable<LineMessage> messages, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            approvals.EnsureConforms([message]);
            yield return message;
        }
    }
}
