using Npgsql;

namespace LineFlex;

/// <summary>
/// The account's one rate limit, shared by every worker through the ledger's database: before each Infobip request
/// a worker takes the next free time slot (one row per account, moved forward by one interval in one UPDATE, so
/// slots never overlap however many workers ask), and waits until its slot. A 429 moves the row's pause forward,
/// so every worker's next slot comes after it.
/// </summary>
internal sealed class AccountRateLimit(NpgsqlDataSource source, string account, double requestsPerSecond)
{
    private readonly double _interval = 1.0 / requestsPerSecond;

    /// <summary>Waits for this worker's next slot; returns how long it waited.</summary>
    public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        // The wait is measured on the database's clock and returned as a length, so the workers' clocks do not matter.
        await using var command = source.CreateCommand("""
            INSERT INTO lineflex_rate AS r (account, next_slot) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
            ON CONFLICT (account) DO UPDATE
                SET next_slot = greatest(clock_timestamp(), r.next_slot, r.paused_until) + make_interval(secs => $2)
            RETURNING extract(epoch FROM (r.next_slot - make_interval(secs => $2) - clock_timestamp()))::float8
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = account });
        command.Parameters.Add(new NpgsqlParameter { Value = _interval });
        var seconds = (double)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (seconds <= 0)
        {
            return TimeSpan.Zero;
        }

        var wait = TimeSpan.FromSeconds(seconds);
        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    /// <summary>Pauses every worker of the account for <paramref name="retryAfter"/> from now (a 429's <c>Retry-After</c>).</summary>
    public async Task PauseAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand("""
            INSERT INTO lineflex_rate AS r (account, paused_until) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
            ON CONFLICT (account) DO UPDATE SET paused_until = greatest(r.paused_until, clock_timestamp() + make_interval(secs => $2))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = account });
        command.Parameters.Add(new NpgsqlParameter { Value = retryAfter.TotalSeconds });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
