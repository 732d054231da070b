using System.Diagnostics;
using LineFlex.Gallery;
using LineFlex.Sandbox;
using MassTransit;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace LineFlex.Samples.Campaign;

/// <summary>
/// Starts the sandbox and N worker processes, sends M notification requests through RabbitMQ, kills a random
/// worker with SIGKILL every few seconds and starts it again, waits until the ledger has decided every message,
/// then counts from the sandbox's own log (<c>GET /sandbox/messages</c>) and prints one line:
/// <c>messages M, accepted A, failed F, ambiguous K, duplicates D, lost L</c>.
/// </summary>
internal static class ChaosRun
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        CampaignSettings settings;
        try
        {
            settings = CampaignSettings.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { JournalCapacity = settings.Messages + 10_000 });
        if (settings.Bulk)
        {
            return await BulkAsync(settings, sandbox, output);
        }

        var run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];
        var database = "lineflex_campaign_" + run;
        await ExecuteAsync(settings.Postgres, $"CREATE DATABASE {database}");
        var ledgerConnection = new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = database }.ConnectionString;
        try
        {
            await using var ledger = new NotificationLedger(ledgerConnection);
            await ledger.EnsureSchemaAsync();
            var queue = "lineflex-campaign-" + run;
            var campaign = "campaign-" + run;
            using var workers = new WorkerSet([sandbox.BaseUrl.AbsoluteUri, settings.RabbitMq.AbsoluteUri, ledgerConnection, queue, settings.RequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            for (var i = 0; i < settings.Workers; i++)
            {
                await workers.StartAsync();
            }

            output.WriteLine($"{settings.Workers} worker(s) ready; sending {settings.Messages} messages to the sandbox at {sandbox.BaseUrl}");
            var started = Stopwatch.StartNew();
            var sending = SendAsync(settings, queue, campaign);
            var inFlightAtKills = 0L;
            var kills = 0;
            var lastKill = Stopwatch.StartNew();
            var restarts = new List<Task>();
            await using var source = NpgsqlDataSource.Create(ledgerConnection);
            var deadline = TimeSpan.FromSeconds(120 + (settings.Messages / 50.0));
            while (await DecidedAsync(source, campaign) < settings.Messages)
            {
                if (started.Elapsed > deadline)
                {
                    output.WriteLine($"gave up after {deadline}: the ledger has not decided every message");
                    break;
                }

                if (sending.IsFaulted)
                {
                    await sending;
                }

                // A kill comes every few seconds of all workers running: a worker still starting up is not killed again.
                if (settings.KillEvery is { } every && workers.Running == settings.Workers && lastKill.Elapsed >= every && workers.KillRandom() is { } killed)
                {
                    lastKill.Restart();
                    inFlightAtKills += await InFlightAsync(source, killed);
                    kills++;
                    // Started again in the background: the next kill comes on time, whether or not it is up yet.
                    restarts.Add(workers.StartAsync());
                }

                await Task.Delay(200);
            }

            await sending;
            await Task.WhenAll(restarts);
            var elapsed = started.Elapsed;
            var sentIn = sending.Result;
            var status = await ledger.GetCampaignStatusAsync(campaign);
            var count = await CountAsync(sandbox, settings.Messages, await UnsentAsync(source, campaign));
            var requests = sandbox.Received.Count(r => r.Method == "POST");
            output.WriteLine(
                $"{kills} kill(s); {inFlightAtKills} message(s) in flight at the kills; {requests} requests; {elapsed.TotalSeconds:F1} s, {settings.Messages / elapsed.TotalSeconds:F0} messages/s; sent in {sentIn.TotalSeconds:F1} s");
            output.WriteLine(
                $"messages {settings.Messages}, accepted {count.Accepted}, failed {status.Counts[LedgerState.Failed]}, ambiguous {status.Counts[LedgerState.Ambiguous]}, duplicates {count.Duplicates}, lost {count.Lost}");
            return count.Duplicates == 0 && count.Lost == 0 && status.Counts[LedgerState.Ambiguous] <= inFlightAtKills ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(settings.Postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    /// <summary>Sends the campaign's requests straight to the workers' queue, many at a time.</summary>
    private static async Task<TimeSpan> SendAsync(CampaignSettings settings, string queue, string campaign)
    {
        var started = Stopwatch.StartNew();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(settings.RabbitMq, _ => { }));
        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri("queue:" + queue));
            await Parallel.ForEachAsync(
                Enumerable.Range(0, settings.Messages),
                new ParallelOptions { MaxDegreeOfParallelism = 64 },
                async (member, token) => await endpoint.Send(Request(member, campaign), token));
            return started.Elapsed;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static NotificationRequest Request(int member, string campaign) =>
        NotificationRequest.ForTemplate(
            "points-earned",
            new Points(Language.English, member % 100, 1000 + member, "Dec 31", "https://example.com/points"),
            $"668{member:D8}",
            messageId: $"{campaign}-{member}",
            campaignId: campaign);

    /// <summary>One process sending every message with the client's own bulk send: the baseline the workers are measured against.</summary>
    private static async Task<int> BulkAsync(CampaignSettings settings, SandboxServer sandbox, TextWriter output)
    {
        using var client = new LineFlexClient(sandbox.BaseUrl.AbsoluteUri, "campaign-key");
        var template = new PointsEarned();
        var messages = Enumerable.Range(0, settings.Messages).Select(member => template.Build(
            new Points(Language.English, member % 100, 1000 + member, "Dec 31", "https://example.com/points")) with
        {
            Sender = "OFFICIAL-ACCOUNT-ID-123",
            Destinations = ValueList.From([new LineDestination { To = $"668{member:D8}", MessageId = $"bulk-{member}" }]),
        });
        var started = Stopwatch.StartNew();
        var outcome = await client.SendAllAsync(messages);
        var elapsed = started.Elapsed;
        output.WriteLine($"bulk: {outcome.Items.Count(i => i.Accepted)} of {settings.Messages} accepted in {elapsed.TotalSeconds:F1} s, {settings.Messages / elapsed.TotalSeconds:F0} messages/s (one process)");
        return 0;
    }

    private static async Task<long> DecidedAsync(NpgsqlDataSource source, string campaign)
    {
        await using var command = source.CreateCommand("SELECT count(*) FROM lineflex_ledger WHERE campaign_id = $1 AND state IN ('accepted', 'failed', 'ambiguous')");
        command.Parameters.Add(new NpgsqlParameter { Value = campaign });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The messages the killed worker had claimed and not answered: sending, or already marked ambiguous by a redelivery.</summary>
    private static async Task<long> InFlightAsync(NpgsqlDataSource source, string worker)
    {
        await using var command = source.CreateCommand("SELECT count(*) FROM lineflex_ledger WHERE worker = $1 AND state IN ('sending', 'ambiguous')");
        command.Parameters.Add(new NpgsqlParameter { Value = worker });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The message ids the ledger holds as failed or ambiguous: accounted for, though the sandbox may not have them.</summary>
    private static async Task<HashSet<string>> UnsentAsync(NpgsqlDataSource source, string campaign)
    {
        await using var command = source.CreateCommand("SELECT message_id FROM lineflex_ledger WHERE campaign_id = $1 AND state IN ('failed', 'ambiguous')");
        command.Parameters.Add(new NpgsqlParameter { Value = campaign });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Counts from the sandbox's own log: each message id it accepted, how many times, and which of the campaign's never came nor were accounted for.</summary>
    private static async Task<(int Accepted, int Duplicates, int Lost)> CountAsync(SandboxServer sandbox, int messages, HashSet<string> accountedFor)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        var journal = JObject.Parse(await http.GetStringAsync("sandbox/messages"));
        var ids = journal["messages"]!.Select(m => (string)m["messageId"]!).ToList();
        var distinct = ids.ToHashSet(StringComparer.Ordinal);
        var campaign = ids.Count == 0 ? string.Empty : ids[0][..ids[0].LastIndexOf('-')];
        var lost = Enumerable.Range(0, messages).Count(member => !distinct.Contains($"{campaign}-{member}") && !accountedFor.Contains($"{campaign}-{member}"));
        return (distinct.Count, ids.Count - distinct.Count, lost);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
