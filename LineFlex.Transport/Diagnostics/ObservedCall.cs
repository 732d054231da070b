using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;

namespace LineFlex;

/// <summary>
/// One API call as the logs see it: made before the first attempt, told of each retry, and ended once with its
/// outcome, which decides the level it is logged at (see <see cref="TransportLog"/>).
/// </summary>
internal sealed class ObservedCall
{
    /// <summary>Where the resilience pipeline finds the call it is retrying.</summary>
    public static readonly ResiliencePropertyKey<ObservedCall> Key = new("LineFlex.Call");

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly bool _sends;

    public ObservedCall(HttpMethod method, string path, ILogger logger, TimeProvider time)
    {
        Target = $"{method} {path}";
        _sends = method != HttpMethod.Get;
        _logger = logger;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>The request line without the host: <c>POST /line/1/messages</c>.</summary>
    public string Target { get; }

    private double ElapsedMs => _time.GetElapsedTime(_started).TotalMilliseconds;

    /// <summary>Attempt <paramref name="attempt"/> follows <paramref name="outcome"/> after <paramref name="delay"/>.</summary>
    public void Retrying(int attempt, Outcome<CallAnswer> outcome, TimeSpan delay) =>
        TransportLog.CallRetrying(_logger, attempt, ErrorType(outcome), delay.TotalMilliseconds, Target);

    /// <summary>The call succeeded with <paramref name="statusCode"/> after <paramref name="attempts"/> attempts.</summary>
    public void Succeeded(int statusCode, int attempts) =>
        TransportLog.CallSucceeded(_logger, Target, statusCode, ElapsedMs, attempts);

    /// <summary>The call ended with <paramref name="exception"/>; logged at the level its kind deserves.</summary>
    public void Failed(Exception exception)
    {
        var errorType = ErrorType(exception);
        var attempts = Attempts(exception);
        switch (exception)
        {
            case LineFlexApiException { StatusCode: 401 or 403 } refused:
                TransportLog.CallUnauthorized(_logger, Target, refused.StatusCode, LineFlexApiException.AuthenticationHint(refused.StatusCode));
                break;
            case CallCanceledException { MayHaveBeenDelivered: true } when _sends:
            case LineFlexException { MayHaveBeenDelivered: true } when _sends:
                TransportLog.CallMayHaveDelivered(_logger, Target, errorType, ElapsedMs, attempts);
                break;
            case OperationCanceledException:
                TransportLog.CallCancelled(_logger, Target, ElapsedMs, attempts);
                break;
            case LineFlexApiException { StatusCode: 429 or >= 500 }:
            case LineFlexTransportException:
                TransportLog.CallFailed(_logger, Target, errorType, ElapsedMs, attempts);
                break;
            default:
                TransportLog.CallRefused(_logger, Target, errorType, ElapsedMs, attempts);
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

    private static string ErrorType(Outcome<CallAnswer> outcome) =>
        outcome.Result is { } answer ? answer.StatusCode.ToString(CultureInfo.InvariantCulture)
        : InfobipResilience.Classify(outcome.Exception) is { } failure ? ErrorType(failure)
        : "error";

    private static string ErrorType(TransportFailure failure) => failure switch
    {
        TransportFailure.Timeout => "timeout",
        TransportFailure.ConnectionRefused => "connection_refused",
        TransportFailure.ConnectionDropped => "connection_dropped",
        _ => "transport_error",
    };

    private static int Attempts(Exception exception) => exception switch
    {
        LineFlexException known => known.Attempts,
        CallCanceledException cancelled => cancelled.Attempts,
        _ => 0,
    };
}
