namespace LineFlex;

/// <summary>What <see cref="LineFlexClient"/> does, for code that wants to fake it in its own tests.</summary>
public interface ILineFlexClient
{
    /// <summary>Sends a request; see <see cref="LineFlexClient.SendAsync(LineRequest, SendOptions?, CancellationToken)"/>.</summary>
    Task<SendResult> SendAsync(LineRequest request, SendOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one message; see <see cref="LineFlexClient.SendAsync(LineMessage, SendOptions?, CancellationToken)"/>.</summary>
    Task<SendResult> SendAsync(LineMessage message, SendOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Pulls delivery reports; see <see cref="LineFlexClient.GetDeliveryReportsAsync"/>.</summary>
    Task<IReadOnlyList<DeliveryReport>> GetDeliveryReportsAsync(DeliveryReportQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Sends many messages in batches; see <see cref="LineFlexClient.SendAllAsync(IAsyncEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>.</summary>
    Task<BulkOutcome> SendAllAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Sends many messages in batches; see <see cref="LineFlexClient.SendAllAsync(IEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>.</summary>
    Task<BulkOutcome> SendAllAsync(IEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends many messages in batches, yielding each result as it is known; see
    /// <see cref="LineFlexClient.SendEachAsync(IAsyncEnumerable{LineMessage}, IProgress{BulkProgress}?, CancellationToken)"/>.
    /// The default implementation, for fakes written before this member, yields the items of <c>SendAllAsync</c>.
    /// </summary>
    IAsyncEnumerable<BulkItemResult> SendEachAsync(IAsyncEnumerable<LineMessage> messages, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ItemsOf(() => SendAllAsync(messages, progress, cancellationToken));

    private static async IAsyncEnumerable<BulkItemResult> ItemsOf(Func<Task<BulkOutcome>> send)
    {
        foreach (var item in (await send().ConfigureAwait(false)).Items)
        {
            yield return item;
        }
    }
}
