using System.Runtime.ExceptionServices;

namespace LineFlex;

/// <summary>
/// The retry and timeout policy of every call: an overall timeout around retries with exponential backoff and jitter
/// around a per-attempt timeout. Only what provably was not processed is retried by default (429, 503, a connection
/// refused before the request was sent); a 500, 502, 504, a timeout and a dropped connection are retried only when
/// <see cref="LineFlexOptions.RetryUnsafeFailures"/> is set. Timeouts and waits run on the client's clock.
/// </summary>
/// <remarks>
/// An attempt's deadline is the nearer of its own timeout and what is left of the call's, so one cancellation source
/// serves both, and it is reused (see <see cref="Deadline"/>). Built once per client; thread-safe.
/// </remarks>
internal sealed class CallPolicy
{
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeSpan _overallTimeout;
    private readonly int _maxRetryAttempts;
    private readonly bool _retryUnsafe;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _time;

    /// <summary>The policy <paramref name="options"/> describe, timed by <paramref name="time"/>.</summary>
    public CallPolicy(LineFlexOptions options, TimeProvider time)
    {
        _attemptTimeout = options.AttemptTimeout;
        _overallTimeout = options.OverallTimeout;
        _maxRetryAttempts = options.MaxRetryAttempts;
        _retryUnsafe = options.RetryUnsafeFailures;
        _baseDelay = options.RetryBaseDelay;
        _maxDelay = options.MaxRetryDelay;
        _time = time;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until its answer or failure is not worth another attempt, or the retries or the
    /// call's time run out; tells <paramref name="call"/> before each retry.
    /// </summary>
    /// <returns>The last attempt's answer, whatever its status.</returns>
    /// <exception cref="TimeoutException">An attempt, or the whole call, ran out of time, and no retry followed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Any other exception is the last attempt's own.</remarks>
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<CallAnswer> ExecuteAsync<TState>(
        Func<TState, CancellationToken, ValueTask<CallAnswer>> attempt,
        TState state,
        ObservedCall call,
        CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        for (var retries = 0; ; retries++)
        {
            // A call cancelled before an attempt makes no attempt.
            cancellationToken.ThrowIfCancellationRequested();
            var left = Left(started);
            if (left <= TimeSpan.Zero)
            {
                throw OverallTimedOut();
            }

            // The attempt's deadline is its own timeout, or the call's when that comes first.
            var callsDeadline = left != Timeout.InfiniteTimeSpan && (_attemptTimeout == Timeout.InfiniteTimeSpan || left <= _attemptTimeout);
            var deadline = callsDeadline ? left : _attemptTimeout;
            CallAnswer? answer = null;
            Exception? failure = null;
            using (var timeout = new Deadline(deadline, _time, cancellationToken))
            {
                try
                {
                    answer = await attempt(state, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.Passed)
                {
                    if (callsDeadline)
                    {
                        throw OverallTimedOut();
                    }

                    failure = new TimeoutException($"The attempt did not end within LineFlexOptions.AttemptTimeout ({_attemptTimeout}).");
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = e;
                }
            }

            var meaning = answer is not null ? InfobipResilience.Meaning(answer) : InfobipResilience.Meaning(failure);
            var worthAnother = meaning == AttemptOutcome.NotProcessed || (meaning == AttemptOutcome.MayHaveBeenDelivered && _retryUnsafe);
            if (!worthAnother || retries >= _maxRetryAttempts)
            {
                if (answer is not null)
                {
                    return answer;
                }

                ExceptionDispatchInfo.Throw(failure!);
            }

            var wait = Delay(retries, answer);
            call.Retrying(retries + 2, answer, failure, wait);
            await WaitAsync(wait, started, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The wait before retry <paramref name="retries"/> + 1: what a <c>Retry-After</c> asks for, else the base delay doubled
    /// for each retry before it, times a random factor from 0.5 to 1.5; never more than <see cref="LineFlexOptions.MaxRetryDelay"/>.
    /// </summary>
    internal TimeSpan Delay(int retries, CallAnswer? answer)
    {
        if (InfobipResilience.RetryAfter(answer?.Headers, _time) is { } asked)
        {
            return Min(asked, _maxDelay);
        }

        var exponential = _baseDelay.TotalMilliseconds * Math.Pow(2, retries);
#pragma warning disable CA5394 // Jitter spreads retries apart; it guards nothing.
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
#pragma warning restore CA5394
        return jittered >= _maxDelay.TotalMilliseconds ? _maxDelay : TimeSpan.FromMilliseconds(jittered);
    }

    /// <summary>Waits <paramref name="wait"/>, or fails when the call's time runs out first.</summary>
    private async Task WaitAsync(TimeSpan wait, long started, CancellationToken cancellationToken)
    {
        using var timeout = new Deadline(Left(started), _time, cancellationToken);
        try
        {
            await Task.Delay(wait, _time, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.Passed)
        {
            throw OverallTimedOut();
        }
    }

    /// <summary>What is left of the call's time, or <see cref="Timeout.InfiniteTimeSpan"/> when it has no limit.</summary>
    private TimeSpan Left(long started) =>
        _overallTimeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : _overallTimeout - _time.GetElapsedTime(started);

    private CallTimeoutException OverallTimedOut() => new($"The call did not end within LineFlexOptions.OverallTimeout ({_overallTimeout}).");

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>
    /// A token cancelled after a time on the client's clock or with the caller's token; the caller's token itself when
    /// there is no limit. Disposing it stops its timer.
    /// </summary>
    /// <remarks>
    /// On the system clock its source is kept for the thread's next deadline when it ends without being cancelled (as
    /// <see cref="CancellationTokenSource.TryReset"/> allows), so an attempt that answers in time allocates no source and
    /// no timer; the caller's token reaches it through a registration, which ends with the deadline.
    /// </remarks>
    private readonly struct Deadline : IDisposable
    {
        [ThreadStatic]
        private static CancellationTokenSource? t_spare;

        private readonly CancellationTokenSource? _source;
        private readonly ITimer? _timer;
        private readonly CancellationTokenRegistration _caller;

        public Deadline(TimeSpan after, TimeProvider time, CancellationToken cancellationToken)
        {
            Token = cancellationToken;
            if (after == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            if (time == TimeProvider.System)
            {
                _source = t_spare ?? new CancellationTokenSource();
                t_spare = null;
                _source.CancelAfter(after);
            }
            else
            {
                _source = new CancellationTokenSource();
                _timer = time.CreateTimer(static s => Cancel((CancellationTokenSource)s!), _source, after, Timeout.InfiniteTimeSpan);
            }

            if (cancellationToken.CanBeCanceled)
            {
                _caller = cancellationToken.UnsafeRegister(static s => Cancel((CancellationTokenSource)s!), _source);
            }

            Token = _source.Token;
        }

        /// <summary>The token the work runs with.</summary>
        public CancellationToken Token { get; }

        /// <summary>Whether the time ran out (or the caller cancelled).</summary>
        public bool Passed => _source is { IsCancellationRequested: true };

        public void Dispose()
        {
            if (_source is null)
            {
                return;
            }

            // Unregistering waits for a callback already running, so the source is not cancelled once it is kept.
            _caller.Dispose();
            if (_timer is null && _source.TryReset())
            {
                t_spare = _source;
                return;
            }

            _timer?.Dispose();
            _source.Dispose();
        }

        private static void Cancel(CancellationTokenSource source)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The work ended and disposed the source as the timer fired.
            }
        }
    }
}

/// <summary>The whole call ran out of time (<see cref="LineFlexOptions.OverallTimeout"/>), during an attempt or a wait between attempts.</summary>
internal sealed class CallTimeoutException(string message) : TimeoutException(message);
