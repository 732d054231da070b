using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LineFlex.Tests.Transport.Client;

/// <summary>
/// The retry and timeout policy on a clock the test moves: each attempt's deadline, the call's, the wait between
/// attempts and its backoff. The client's own tests cover the same policy over HTTP on the real clock.
/// </summary>
public class CallPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task An_attempt_that_hangs_ends_at_its_timeout_on_the_clients_clock_and_is_not_retried_by_default()
    {
        var clock = new FakeTimeProvider(Start);
        var policy = new CallPolicy(Options(), clock);
        var attempts = 0;

        var call = policy.ExecuteAsync(Hang, () => attempts++, Observed(clock), CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.That(call.IsCompleted, Is.False, "the attempt's time is not up yet");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var error = Assert.ThrowsAsync<TimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("LineFlexOptions.AttemptTimeout (00:00:10)"));
            Assert.That(attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_timed_out_attempt_is_retried_after_the_backoff_when_unsafe_retries_are_on()
    {
        var clock = new FakeTimeProvider(Start);
        var policy = new CallPolicy(Options(o => o.RetryUnsafeFailures = true), clock);
        var attempts = 0;

        var call = policy.ExecuteAsync(
            (count, token) => count() == 1 ? Wait(token) : ValueTask.FromResult(new CallAnswer { StatusCode = 200 }),
            () => ++attempts,
            Observed(clock),
            CancellationToken.None).AsTask();
        await MoveUntil(clock, () => call.IsCompleted);
        var answer = await call;

        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(200));
            Assert.That(attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_calls_timeout_striking_during_an_attempt_ends_the_call_even_when_unsafe_retries_are_on()
    {
        var clock = new FakeTimeProvider(Start);
        var policy = new CallPolicy(Options(o => { o.RetryUnsafeFailures = true; o.OverallTimeout = TimeSpan.FromSeconds(5); }), clock);
        var attempts = 0;

        var call = policy.ExecuteAsync(Hang, () => attempts++, Observed(clock), CancellationToken.None).AsTask();
        await MoveUntil(clock, () => call.IsCompleted);
        var error = Assert.ThrowsAsync<CallTimeoutException>(() => call);

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("LineFlexOptions.OverallTimeout (00:00:05)"));
            Assert.That(attempts, Is.EqualTo(1));
            Assert.That(clock.GetUtcNow() - Start, Is.LessThan(TimeSpan.FromSeconds(6)));
        });
    }

    [Test]
    public async Task The_calls_timeout_striking_during_the_wait_for_a_retry_ends_the_call_then()
    {
        var clock = new FakeTimeProvider(Start);
        var policy = new CallPolicy(Options(o => { o.OverallTimeout = TimeSpan.FromSeconds(5); o.MaxRetryDelay = TimeSpan.FromMinutes(1); }), clock);
        var attempts = 0;

        var call = policy.ExecuteAsync(
            (count, _) => { count(); return ValueTask.FromResult(TooMany(retryAfterSeconds: 30)); },
            () => attempts++,
            Observed(clock),
            CancellationToken.None).AsTask();
        await MoveUntil(clock, () => call.IsCompleted);
        var error = Assert.ThrowsAsync<CallTimeoutException>(() => call);

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("LineFlexOptions.OverallTimeout"));
            Assert.That(attempts, Is.EqualTo(1));
            Assert.That(clock.GetUtcNow() - Start, Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6)));
        });
    }

    [Test]
    public void A_call_cancelled_by_its_caller_is_a_cancellation_not_a_timeout()
    {
        var clock = new FakeTimeProvider(Start);
        var policy = new CallPolicy(Options(o => o.RetryUnsafeFailures = true), clock);
        using var cancel = new CancellationTokenSource();
        var attempts = 0;

        var call = policy.ExecuteAsync(Hang, () => attempts++, Observed(clock), cancel.Token).AsTask();
        cancel.Cancel();

        Assert.That(() => call.WaitAsync(TimeSpan.FromSeconds(10)), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public void The_backoff_doubles_from_the_base_delay_with_jitter_of_half_either_way_and_stops_at_the_most_allowed()
    {
        var policy = new CallPolicy(Options(o => { o.RetryBaseDelay = TimeSpan.FromMilliseconds(100); o.MaxRetryDelay = TimeSpan.FromSeconds(1); }), TimeProvider.System);

        for (var i = 0; i < 200; i++)
        {
            Assert.That(policy.Delay(0, answer: null).TotalMilliseconds, Is.InRange(50, 150));
            Assert.That(policy.Delay(2, answer: null).TotalMilliseconds, Is.InRange(200, 600));
            Assert.That(policy.Delay(10, answer: null), Is.EqualTo(TimeSpan.FromSeconds(1)));
        }

        var spread = Enumerable.Range(0, 200).Select(_ => policy.Delay(0, answer: null)).Distinct().Count();
        Assert.That(spread, Is.GreaterThan(100), "the jitter spreads the waits apart");
    }

    [Test]
    public void A_retry_after_decides_the_wait_up_to_the_most_allowed()
    {
        var policy = new CallPolicy(Options(o => o.MaxRetryDelay = TimeSpan.FromSeconds(20)), TimeProvider.System);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Delay(0, TooMany(retryAfterSeconds: 7)), Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(policy.Delay(3, TooMany(retryAfterSeconds: 60)), Is.EqualTo(TimeSpan.FromSeconds(20)));
        });
    }

    private static LineFlexOptions Options(Action<LineFlexOptions>? change = null) =>
        TransportTestData.Options(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromSeconds(1);
            change?.Invoke(o);
        });

    /// <summary>An attempt that never answers: it ends only when its token is cancelled.</summary>
    private static ValueTask<CallAnswer> Hang(Func<int> count, CancellationToken token)
    {
        count();
        return Wait(token);
    }

    private static async ValueTask<CallAnswer> Wait(CancellationToken token)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, token);
        throw new InvalidOperationException("unreachable");
    }

    private static CallAnswer TooMany(int retryAfterSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
        return new CallAnswer { StatusCode = 429, Headers = response.Headers };
    }

    private static ObservedCall Observed(TimeProvider clock) =>
        new(HttpMethod.Post, "/line/1/messages", "send", new Uri(TransportTestData.BaseUrl), 1, NullLogger.Instance, clock, TransportInstruments.Default);

    /// <summary>Moves the clock a tenth of a second at a time, letting the work catch up, until <paramref name="done"/> or a minute of it.</summary>
    private static async Task MoveUntil(FakeTimeProvider clock, Func<bool> done)
    {
        for (var step = 0; step < 600 && !done(); step++)
        {
            await Task.Delay(1);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.That(done(), Is.True, "the call ended within a minute of the client's clock");
    }
}
