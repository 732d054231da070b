using System.Text;
using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>
/// Posts due reports to delivery webhooks, best effort: one attempt each, failures logged, never thrown. Only the
/// <see cref="WebhookTargets"/> are posted to, no redirect is followed, no proxy is used, and of the answer only the
/// status and a bounded head are read: its body is never read, so a webhook cannot make the sandbox hold its answer.
/// Disposing cancels the posts in flight and waits for them to end.
/// </summary>
internal sealed class WebhookDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan PostTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The most a webhook's answer head (status line and headers) may take, in kilobytes.</summary>
    private const int MaxAnswerHeadKilobytes = 16;

    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _inFlight = [];
    private bool _disposed;

    public WebhookDispatcher(ILogger logger, WebhookTargets targets)
    {
        _logger = logger;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = PostTimeout,
            ConnectCallback = targets.ConnectAsync,
            AllowAutoRedirect = false,
            UseProxy = false,
            MaxResponseHeadersLength = MaxAnswerHeadKilobytes,
            MaxResponseDrainSize = 0,
        };
        _http = new HttpClient(handler) { Timeout = PostTimeout };
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
                ? new StringContent(DeliveredReport.ToXml([delivery.Report]), Encoding.UTF8, "application/xml")
                : new StringContent(DeliveredReport.ToJson([delivery.Report]), Encoding.UTF8, "application/json");
            using var post = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = content };

            // Headers only: the answer's body is left unread, and disposing the answer closes the connection.
            using var response = await _http.SendAsync(post, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
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
        catch (HttpRequestException exception) when (Refusal(exception) is { } refusal)
        {
            SandboxLog.WebhookNotAllowed(_logger, messageId, delivery.Url, refusal.Message);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            SandboxLog.WebhookFailed(_logger, exception, messageId, delivery.Url);
        }
    }

    private static WebhookTargetRefusedException? Refusal(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is WebhookTargetRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
