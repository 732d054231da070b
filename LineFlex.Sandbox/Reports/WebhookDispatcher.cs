using System.Text;
using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>
/// Posts due reports to delivery webhooks, best effort: one attempt each, failures logged, never thrown.
/// Disposing cancels the posts in flight and waits for them to end.
/// </summary>
internal sealed class WebhookDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan PostTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _inFlight = [];
    private bool _disposed;

    public WebhookDispatcher(ILogger logger)
    {
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = PostTimeout }) { Timeout = PostTimeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("LineFlex.Sandbox");
    }

    /// <summary>Starts posting <paramref name="delivery"/> in the background.</summary>
    public void Post(WebhookDelivery delivery)
    {
        Task task;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var token = _stopping.Token;
            task = Task.Run(() => PostAsync(delivery, token), CancellationToken.None);
            _inFlight.Add(task);
        }

        _ = task.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    _inFlight.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Task[] inFlight;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            inFlight = [.. _inFlight];
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(inFlight).ConfigureAwait(false);
        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task PostAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var messageId = delivery.Report.MessageId;
        try
        {
            using var content = delivery.AsXml
                ? new StringContent(DeliveryReport.ToXml([delivery.Report]), Encoding.UTF8, "application/xml")
                : new StringContent(DeliveryReport.ToJson([delivery.Report]), Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync(delivery.Url, content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                SandboxLog.WebhookPosted(_logger, messageId, delivery.Url, status);
            }
            else
            {
                SandboxLog.WebhookRefused(_logger, delivery.Url, status, messageId);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sandbox is stopping: an unfinished post is dropped, as a real outage would drop it.
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            SandboxLog.WebhookFailed(_logger, exception, messageId, delivery.Url);
        }
    }
}
