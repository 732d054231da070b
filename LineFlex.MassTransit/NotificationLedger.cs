using Npgsql;
using NpgsqlTypes;

namespace LineFlex;

/// <summary>
/// The ledger: one PostgreSQL table, <c>lineflex_ledger</c>, keyed by message id, holding each message's state,
/// campaign, timestamps and evidence, and the account's rate limit in <c>lineflex_rate</c>. Workers claim a message
/// here before sending it (a conditional update, so two workers never both claim it) and record the answer after;
/// operators read campaign progress and re-send ambiguous messages through it.
/// </summary>
/// <remarks>See docs/scale-out.md. The schema is created by <see cref="EnsureSchemaAsync"/>, which workers call on start.</remarks>
public sealed class NotificationLedger : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS lineflex_ledger (
            message_id text PRIMARY KEY,
            campaign_id text,
            state text NOT NULL CHECK (state IN ('received', 'sending', 'accepted', 'failed', 'ambiguous')),
            destination text,
            transport_message_id uuid,
            worker text,
            received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            sending_at timestamptz,
            finished_at timestamptz,
            bulk_id text,
            evidence text,
            payload text,
            delivery_status text,
            delivery_updated_at timestamptz);
        CREATE INDEX IF NOT EXISTS lineflex_ledger_campaign ON lineflex_ledger (campaign_id, state);
        CREATE TABLE IF NOT EXISTS lineflex_rate (
            account text PRIMARY KEY,
            next_slot timestamptz NOT NULL DEFAULT clock_timestamp(),
            paused_until timestamptz NOT NULL DEFAULT '-infinity');
        """;

    private readonly NpgsqlDataSource _source;

    /// <summary>A ledger in the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or malformed.</exception>
    public NotificationLedger(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        try
        {
            _source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The ledger's connection string is not a PostgreSQL connection string ({e.Message}); write one like Host=127.0.0.1;Username=lineflex;Database=lineflex.", nameof(connectionString), e);
        }
    }

    internal NpgsqlDataSource Source => _source;

    /// <summary>Creates the ledger's tables and index when they are missing; safe to call from many workers at once.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // CREATE ... IF NOT EXISTS is not safe against itself run concurrently; the lock makes the workers take turns.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7261636500)", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand(Schema, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many of the campaign's messages are in each state, and how many were reported delivered.</summary>
    public async Task<CampaignStatus> GetCampaignStatusAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        var counts = Enum.GetValues<LedgerState>().ToDictionary(s => s, _ => 0L);
        long delivered = 0;
        await using var command = _source.CreateCommand(
            "SELECT state, count(*), count(*) FILTER (WHERE delivery_status = 'DELIVERED') FROM lineflex_ledger WHERE campaign_id = $1 GROUP BY state");
        command.Parameters.Add(new NpgsqlParameter { Value = campaignId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[ParseState(reader.GetString(0))] = reader.GetInt64(1);
            delivered += reader.GetInt64(2);
        }

        return new CampaignStatus(campaignId, counts, delivered);
    }

    /// <summary>A message's state, or null when the ledger has never seen it.</summary>
    public async Task<LedgerState?> GetStateAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        await using var command = _source.CreateCommand("SELECT state FROM lineflex_ledger WHERE message_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string state ? ParseState(state) : null;
    }

    /// <summary>The ambiguous messages, of one campaign or of all, oldest first, with the evidence.</summary>
    public async Task<IReadOnlyList<AmbiguousMessage>> GetAmbiguousAsync(string? campaignId = null, CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(
            "SELECT message_id, campaign_id, destination, sending_at, evidence FROM lineflex_ledger WHERE state = 'ambiguous' AND ($1::text IS NULL OR campaign_id = $1) ORDER BY sending_at, message_id");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)campaignId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var found = new List<AmbiguousMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new AmbiguousMessage(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return found;
    }

    /// <summary>
    /// Re-sends the chosen ambiguous messages, each exactly as it was first sent, through <paramref name="client"/>:
    /// each is claimed again first, so two operators cannot both re-send it. A message that is not ambiguous is left alone.
    /// </summary>
    public async Task<IReadOnlyList<ResendResult>> ResendAsync(IEnumerable<string> messageIds, ILineFlexClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        ArgumentNullException.ThrowIfNull(client);
        var results = new List<ResendResult>();
        foreach (var id in messageIds)
        {
            await using var claim = _source.CreateCommand(
                "UPDATE lineflex_ledger SET state = 'sending', sending_at = clock_timestamp(), worker = 'operator', evidence = coalesce(evidence || ' ', '') || '[re-sent by an operator]' WHERE message_id = $1 AND state = 'ambiguous' RETURNING payload");
            claim.Parameters.Add(new NpgsqlParameter { Value = id });
            if (await claim.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string payload)
            {
                var state = await GetStateAsync(id, cancellationToken).ConfigureAwait(false);
                results.Add(new ResendResult(id, false, state, state is null ? "the ledger has no message of this id" : $"not re-sent: it is {state.Value.ToString().ToLowerInvariant()}, not ambiguous"));
                continue;
            }

            var message = FlexJson.Deserialize<LineMessage>(payload);
            try
            {
                var sent = await client.SendAsync(message, SendOptions.WithoutValidation, cancellationToken).ConfigureAwait(false);
                await RecordAsync([id], LedgerState.Accepted, sent.BulkId, null, cancellationToken).ConfigureAwait(false);
                results.Add(new ResendResult(id, true, LedgerState.Accepted, $"accepted in bulk {sent.BulkId}"));
            }
            catch (LineFlexException e)
            {
                var state = e.MayHaveBeenDelivered ? LedgerState.Ambiguous : LedgerState.Failed;
                await RecordAsync([id], state, null, e.Message, CancellationToken.None).ConfigureAwait(false);
                results.Add(new ResendResult(id, true, state, e.Message));
            }
        }

        return results;
    }

    /// <summary>Records delivery reports (webhook or pulled) against the messages they name; returns how many messages it updated.</summary>
    public async Task<int> RecordDeliveryReportsAsync(IEnumerable<DeliveryReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var named = reports.Where(r => r.MessageId is not null).ToList();
        if (named.Count == 0)
        {
            return 0;
        }

        await using var command = _source.CreateCommand("""
            UPDATE lineflex_ledger l SET delivery_status = r.status, delivery_updated_at = clock_timestamp()
            FROM unnest($1::text[], $2::text[]) AS r(id, status) WHERE l.message_id = r.id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = named.Select(r => r.MessageId!).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = named.Select(r => r.Status?.GroupName ?? "UNKNOWN").ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    /// <summary>Writes the messages as received, unless the ledger has them already (a duplicate or a redelivery).</summary>
    internal async Task ReceiveAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            INSERT INTO lineflex_ledger (message_id, campaign_id, state, destination, payload, evidence)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
            ON CONFLICT (message_id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.MessageId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.CampaignId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.State).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Destination).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Evidence).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the received messages for sending, each under the broker message that carried it; returns the ids
    /// claimed. One statement: a message another worker claimed already is not claimed again.
    /// </summary>
    internal async Task<HashSet<string>> ClaimAsync(string worker, IReadOnlyList<(string MessageId, Guid TransportId)> messages, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            UPDATE lineflex_ledger l SET state = 'sending', worker = $1, transport_message_id = c.transport, sending_at = clock_timestamp()
            FROM unnest($2::text[], $3::uuid[]) AS c(id, transport)
            WHERE l.message_id = c.id AND l.state = 'received'
            RETURNING l.message_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = worker });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.MessageId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.TransportId).ToArray() });
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            claimed.Add(reader.GetString(0));
        }

        return claimed;
    }

    /// <summary>
    /// Marks ambiguous each message still "sending" under the very broker message now redelivered: its worker died
    /// between claiming and recording. Returns the ids so marked, with the evidence written.
    /// </summary>
    internal async Task<Dictionary<string, string>> MarkRedeliveredAmbiguousAsync(string worker, IReadOnlyList<(string MessageId, Guid TransportId)> messages, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            UPDATE lineflex_ledger l SET state = 'ambiguous', finished_at = clock_timestamp(),
                evidence = format('claimed for sending by worker %s at %s; the broker redelivered it to worker %s at %s without an answer recorded, so its request may have reached Infobip',
                    l.worker, l.sending_at, $1::text, clock_timestamp())
            FROM unnest($2::text[], $3::uuid[]) AS c(id, transport)
            WHERE l.message_id = c.id AND l.state = 'sending' AND l.transport_message_id = c.transport
            RETURNING l.message_id, l.evidence
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = worker });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.MessageId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.TransportId).ToArray() });
        var marked = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            marked[reader.GetString(0)] = reader.GetString(1);
        }

        return marked;
    }

    /// <summary>Records the answer for messages this worker (or an operator) is sending.</summary>
    internal async Task RecordAsync(IReadOnlyList<string> messageIds, LedgerState state, string? bulkId, string? evidence, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            UPDATE lineflex_ledger SET state = $2, bulk_id = coalesce($3, bulk_id), evidence = coalesce($4, evidence), finished_at = clock_timestamp()
            WHERE message_id = ANY($1) AND state IN ('sending', 'ambiguous')
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = messageIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = state.ToString().ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)bulkId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)evidence ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static LedgerState ParseState(string state) => Enum.Parse<LedgerState>(state, ignoreCase: true);
}

/// <summary>One message as a worker writes it on receipt: received with its payload, or failed (refused) with its findings as evidence.</summary>
internal sealed record LedgerEntry(string MessageId, string? CampaignId, string State, string? Destination, string? Payload, string? Evidence);
