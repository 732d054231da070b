using System.Net.Http.Headers;
using System.Net.Sockets;
using Flurl.Http;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LineFlex;

/// <summary>
/// The retry and timeout pipeline of every call: an overall timeout around retries with exponential
/// backoff and jitter around a per-attempt timeout. Only what provably was not processed is retried by
/// default (429, 503, a connection refused before the request was sent); a 500, 502, 504, a timeout and
/// a dropped connection are retried only when <see cref="LineFlexOptions.RetryUnsafeFailures"/> is set.
/// </summary>
internal static class InfobipResilience
{
    /// <summary>
    /// The pipeline for <paramref name="options"/>. Before each retry it tells the <see cref="ObservedCall"/> that the
    /// call put in its context under <see cref="ObservedCall.Key"/>, if any.
    /// </summary>
    public static ResiliencePipeline<CallAnswer> Build(LineFlexOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<CallAnswer> { TimeProvider = time };
        if (options.OverallTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.OverallTimeout);
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<CallAnswer>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.RetryUnsafeFailures)),
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter(args.Outcome.Result?.Headers, time) is { } wait ? (TimeSpan?)Min(wait, options.MaxRetryDelay) : null),
                OnRetry = args =>
                {
                    // AttemptNumber counts from 0 for the first attempt that failed; the next attempt is that plus 2.
                    if (args.Context.Properties.TryGetValue(ObservedCall.Key, out var call))
                    {
                        call.Retrying(args.AttemptNumber + 2, args.Outcome, args.RetryDelay);
                    }

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
    public static bool ShouldRetry(Outcome<CallAnswer> outcome, bool retryUnsafe) =>
        (outcome.Result is { } answer ? Meaning(answer) : Meaning(outcome.Exception)) switch
        {
            AttemptOutcome.NotProcessed => true,
            AttemptOutcome.MayHaveBeenDelivered => retryUnsafe,
            _ => false,
        };

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

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
