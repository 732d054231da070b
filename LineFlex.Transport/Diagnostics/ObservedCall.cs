using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace LineFlex;

/// <summary>
/// One API call as logs, traces and metrics see it: made before the first attempt, told of each retry, and ended
/// once with its outcome, which decides the level it is logged at (see <see cref="TransportLog"/>), the activity's
/// status and the instruments it counts in. Disposing it ends the activity.
/// </summary>
internal sealed class ObservedCall : IDisposable
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TransportInstruments _instruments;
    private readonly long _started;
    private readonly bool _sends;
    private readonly TagList _tags;
    private readonly Activity? _activity;

    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path below the base URL, <c>/line/1/messages</c>.</param>
    /// <param name="operation">The <c>lineflex.operation</c>: <c>send</c> or <c>reports</c>.</param>
    /// <param name="baseUrl">The client's base URL, for <c>server.address</c> and <c>server.port</c>.</param>
    /// <param name="messageCount">How many message destinations the request carries, for a send.</param>
    /// <param name="logger">Where the outcome is logged.</param>
    /// <param name="time">The client's clock, which times the call.</param>
    /// <param name="instruments">Where the outcome is counted.</param>
    public ObservedCall(HttpMethod method, string path, string operation, Uri baseUrl, int? messageCount, ILogger logger, TimeProvider time, TransportInstruments instruments)
    {
        Target = $"{method} {path}";
        _sends = method != HttpMethod.Get;
        _logger = logger;
        _time = time;
        _instruments = instruments;
        _tags = new TagList
        {
            { "lineflex.operation", operation },
            { "http.request.method", method.Method },
            { "server.address", baseUrl.Host },
            { "server.port", baseUrl.Port },
        };
        _activity = TransportInstruments.Source.StartActivity(Target, ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            foreach (var tag in _tags)
            {
                _activity.SetTag(tag.Key, tag.Value);
            }

            _activity.SetTag("url.template", path);
            if (messageCount is { } count)
            {
                _activity.SetTag("messaging.batch.message_count", count);
            }
        }

        _started = time.GetTimestamp();
    }

    /// <summary>The request line without the host: <c>POST /line/1/messages</c>.</summary>
    public string Target { get; }

    /// <summary>Attempt <paramref name="attempt"/> follows <paramref name="answer"/> or <paramref name="failure"/> after <paramref name="delay"/>.</summary>
    public void Retrying(int attempt, CallAnswer? answer, Exception? failure, TimeSpan delay)
    {
        var errorType = ErrorType(answer, failure);
        TransportLog.CallRetrying(_logger, attempt, errorType, delay.TotalMilliseconds, Target);
        var tags = _tags;
        tags.Add("error.type", errorType);
        _instruments.Retries.Add(1, tags);
        _activity?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection
        {
            ["lineflex.attempt"] = attempt,
            ["error.type"] = errorType,
            ["lineflex.retry_delay_ms"] = delay.TotalMilliseconds,
        }));
    }

    /// <summary>
    /// The call succeeded with <paramref name="statusCode"/> after <paramref name="attempts"/> attempts: a send had
    /// <paramref name="count"/> destinations accepted in bulk <paramref name="bulkId"/>, a pull got <paramref name="count"/> reports.
    /// </summary>
    public void Succeeded(int statusCode, int attempts, int count, string? bulkId)
    {
        var elapsed = _time.GetElapsedTime(_started);
        TransportLog.CallSucceeded(_logger, Target, statusCode, elapsed.TotalMilliseconds, attempts);
        if (_sends && count > 0)
        {
            _instruments.MessagesSent.Add(count, _tags);
        }
        else if (!_sends)
        {
            _activity?.SetTag("messaging.batch.message_count", count);
        }

        var tags = _tags;
        tags.Add("http.response.status_code", statusCode);
        _instruments.Duration.Record(elapsed.TotalSeconds, tags);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("http.response.status_code", statusCode);
            _activity.SetTag("lineflex.attempts", attempts);
            _activity.SetTag("lineflex.bulk_id", bulkId);
        }
    }

    /// <summary>The call ended with <paramref name="exception"/>; logged at the level its kind deserves, counted by its kind.</summary>
    public void Failed(Exception exception)
    {
        var elapsed = _time.GetElapsedTime(_started);
        var errorType = ErrorType(exception);
        var attempts = Attempts(exception);
        Log(exception, errorType, elapsed.TotalMilliseconds, attempts);

        var tags = _tags;
        tags.Add("error.type", errorType);
        if (StatusCode(exception) is { } status)
        {
            tags.Add("http.response.status_code", status);
            _activity?.SetTag("http.response.status_code", status);
        }

        _instruments.Failures.Add(1, tags);
        _instruments.Duration.Record(elapsed.TotalSeconds, tags);
        if (_activity is not null)
        {
            // The type only: an exception's message may quote what the server said about the message's content.
            _activity.SetStatus(ActivityStatusCode.Error, errorType);
            _activity.SetTag("error.type", errorType);
            _activity.SetTag("lineflex.attempts", attempts);
            _activity.SetTag("lineflex.may_have_been_delivered", _sends && MayHaveBeenDelivered(exception));
        }
    }

    /// <summary>Ends the activity.</summary>
    public void Dispose() => _activity?.Dispose();

    private void Log(Exception exception, string errorType, double elapsedMs, int attempts)
    {
        switch (exception)
        {
            case LineFlexApiException { StatusCode: 401 or 403 } refused:
                TransportLog.CallUnauthorized(_logger, Target, refused.StatusCode, LineFlexApiException.AuthenticationHint(refused.StatusCode));
                break;
            case { } when _sends && MayHaveBeenDelivered(exception):
                TransportLog.CallMayHaveDelivered(_logger, Target, errorType, elapsedMs, attempts);
                break;
            case OperationCanceledException:
                TransportLog.CallCancelled(_logger, Target, elapsedMs, attempts);
                break;
            case LineFlexApiException { StatusCode: 429 or >= 500 }:
            case LineFlexTransportException:
                TransportLog.CallFailed(_logger, Target, errorType, elapsedMs, attempts);
                break;
            default:
                TransportLog.CallRefused(_logger, Target, errorType, elapsedMs, attempts);
                break;
        }
    }

    /// <summary>
    /// A short, stable name for what went wrong, as OpenTelemetry's <c>error.type</c> wants it: the status code of an
    /// error answer, else a snake_case kind (<c>timeout</c>, <c>connection_refused</c>, <c>canceled</c>, ...).
    /// </summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        LineFlexApiException api => api.StatusCode.ToString(CultureInfo.InvariantCulture),
        LineFlexTransportException transport => ErrorType(transport.Failure),
        LineFlexRedirectException => "redirect",
        LineFlexResponseTooLargeException => "response_too_large",
        LineFlexResponseException => "invalid_response",
        OperationCanceledException => "canceled",
        _ => exception.GetType().FullName ?? "error",
    };

    private static string ErrorType(CallAnswer? answer, Exception? exception) =>
        answer is not null ? answer.StatusCode.ToString(CultureInfo.InvariantCulture)
        : InfobipResilience.Classify(exception) is { } failure ? ErrorType(failure)
        : "error";

    private static string ErrorType(TransportFailure failure) => failure switch
    {
        TransportFailure.Timeout => "timeout",
        TransportFailure.ConnectionRefused => "connection_refused",
        TransportFailure.ConnectionDropped => "connection_dropped",
        _ => "transport_error",
    };

    private static bool MayHaveBeenDelivered(Exception exception) => exception switch
    {
        LineFlexException known => known.MayHaveBeenDelivered,
        CallCanceledException cancelled => cancelled.MayHaveBeenDelivered,
        _ => false,
    };

    private static int? StatusCode(Exception exception) => exception switch
    {
        LineFlexApiException api => api.StatusCode,
        LineFlexResponseTooLargeException tooLarge => tooLarge.StatusCode,
        LineFlexRedirectException redirect => redirect.StatusCode,
        _ => null,
    };

    private static int Attempts(Exception exception) => exception switch
    {
        LineFlexException known => known.Attempts,
        CallCanceledException cancelled => cancelled.Attempts,
        _ => 0,
    };
}
