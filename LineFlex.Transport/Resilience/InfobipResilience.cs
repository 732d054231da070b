using System.Net.Http.Headers;
using System.Net.Sockets;
using Flurl.Http;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LineFlex;

/// <summary>
/// The retry and timeout pipeline of every call: an overall timeout around retries with exponential
/// backoff and jitter around a per-attempt timeout. Only failures after which nothing can have been
/// delivered are retried by default (429, 502, 503, 504, a refused connection); a timeout, a dropped
/// connection and a 500 are retried only when <see cref="LineFlexOptions.RetryUnsafeFailures"/> is set.
/// </summary>
internal static class InfobipResilience
{
    public static ResiliencePipeline<IFlurlResponse> Build(LineFlexOptions options, TimeProvider time, Action<int, Outcome<IFlurlResponse>, TimeSpan>? onRetry)
    {
        var builder = new ResiliencePipelineBuilder<IFlurlResponse> { TimeProvider = time };
        if (options.OverallTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.OverallTimeout);
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<IFlurlResponse>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.RetryUnsafeFailures)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result) is { } wait ? (TimeSpan?)Min(wait, options.MaxRetryDelay) : null),
                OnRetry = args =>
                {
                    // AttemptNumber counts from 0 for the first attempt that failed; the next attempt is that plus 2.
                    onRetry?.Invoke(args.AttemptNumber + 2, args.Outcome, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.AttemptTimeout);
        }

        return builder.Build();
    }

    /// <summary>Whether an attempt's outcome is worth another attempt.</summary>
    public static bool ShouldRetry(Outcome<IFlurlResponse> outcome, bool retryUnsafe)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                429 or 502 or 503 or 504 => true,
                500 => retryUnsafe,
                _ => false,
            };
        }

        return Classify(outcome.Exception) switch
        {
            TransportFailure.ConnectionRefused => true,
            TransportFailure.Timeout or TransportFailure.ConnectionDropped => retryUnsafe,
            _ => false,
        };
    }

    /// <summary>What kind of transport failure an exception is, or null when it is none (a cancellation by the caller, a bug).</summary>
    public static TransportFailure? Classify(Exception? exception)
    {
        switch (exception)
        {
            case null:
                return null;
            case TimeoutRejectedException or FlurlHttpTimeoutException:
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

        return null;
    }

    /// <summary>The innermost exception worth keeping: never Flurl's, which carries the request and its headers.</summary>
    public static Exception? Cause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or IOException or SocketException or TimeoutRejectedException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The <c>Retry-After</c> of a response, in seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(IFlurlResponse? response)
    {
        var header = response?.ResponseMessage?.Headers.RetryAfter;
        return header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero),
            _ => null,
        };
    }

    /// <summary>A response header's first value, or null.</summary>
    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
