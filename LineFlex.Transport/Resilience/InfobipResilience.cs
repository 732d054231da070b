using System.Net.Http.Headers;
using System.Net.Sockets;
using Flurl.Http;

namespace LineFlex;

/// <summary>
/// What an attempt's answer or failure means for the message and for <see cref="CallPolicy"/>: whether it was
/// processed, what kind of failure it is, and how long a <c>Retry-After</c> asks to wait.
/// </summary>
internal static class InfobipResilience
{
    /// <summary>What an answer means for the message; a success is <see cref="AttemptOutcome.Final"/>.</summary>
    public static AttemptOutcome Meaning(CallAnswer answer) => answer switch
    {
        { IsRedirect: true } => AttemptOutcome.Final,
        { StatusCode: 429 or 503 } => AttemptOutcome.NotProcessed,
        { StatusCode: >= 500 } => AttemptOutcome.MayHaveBeenDelivered,
        _ => AttemptOutcome.Final,
    };

    /// <summary>What a failed attempt means for the message: only a refused connection proves nothing left.</summary>
    public static AttemptOutcome Meaning(Exception? exception) => Classify(exception) switch
    {
        TransportFailure.ConnectionRefused => AttemptOutcome.NotProcessed,
        null => AttemptOutcome.Final,
        _ => AttemptOutcome.MayHaveBeenDelivered,
    };

    /// <summary>What kind of transport failure an exception is, or null when it is none (a cancellation, a local failure).</summary>
    public static TransportFailure? Classify(Exception? exception)
    {
        switch (exception)
        {
            case null or OperationCanceledException:
                return null;
            case TimeoutException or FlurlHttpTimeoutException:
                return TransportFailure.Timeout;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }:
                    return TransportFailure.ConnectionRefused;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostNotFound }:
                    return TransportFailure.ConnectionRefused;
                case HttpRequestException or IOException:
                    return TransportFailure.ConnectionDropped;
            }
        }

        return TransportFailure.Other;
    }

    /// <summary>The innermost exception worth keeping: never Flurl's, which carries the request and its headers.</summary>
    public static Exception? Cause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is not FlurlHttpException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The wait a <c>Retry-After</c> header asks for, in seconds or as an HTTP date; null when there is none
    /// or when the date is not in the future, so that the normal backoff applies instead of no wait at all.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders? headers, TimeProvider time) => headers?.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date - time.GetUtcNow() is { Ticks: > 0 } wait => wait,
        _ => null,
    };

    /// <summary>A response header's first value, or null.</summary>
    public static string? Header(HttpResponseHeaders? headers, string name) =>
        headers is not null && headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
