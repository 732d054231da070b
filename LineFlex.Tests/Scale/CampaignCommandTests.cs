using LineFlex.Gallery;
using LineFlex.Tests.Cli;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace LineFlex.Tests.Scale;

/// <summary><c>lineflex campaign</c>: progress read from a real ledger, and ambiguous messages re-sent by an operator.</summary>
[NonParallelizable]
public sealed class CampaignCommandTests
{
    [Test]
    public async Task Without_a_ledger_it_says_how_to_name_one()
    {
        var run = await CliRun.StartAsync(["campaign", "status", "december"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("--ledger").And.Contain("LINEFLEX_LEDGER"));
        });
    }

    [Test]
    [Category("Services")]
    public async Task Status_counts_the_campaigns_messages_by_state()
    {
        await using var database = await ScaleServices.CreateDatabaseAsync();
        await SeedAsync(database, ("a", "december", "accepted"), ("b", "december", "accepted"), ("c", "december", "ambiguous"), ("d", "december", "failed"), ("e", "november", "accepted"));

        var text = await CliRun.StartAsync(["campaign", "status", "december", "--ledger", database.ConnectionString]);
        var json = await CliRun.StartAsync(["campaign", "status", "december", "--ledger", database.ConnectionString, "--format", "json"]);

        var counts = JObject.Parse(json.Output);
        Assert.Multiple(() =>
        {
            Assert.That(text.ExitCode, Is.Zero, text.Error);
            Assert.That(text.Output, Does.Contain("campaign december: 4 message(s)"));
            Assert.That(text.Output, Does.Match(@"accepted\s+2"));
            Assert.That(text.Output, Does.Match(@"ambiguous\s+1"));
            Assert.That((long)counts["total"]!, Is.EqualTo(4));
            Assert.That((long)counts["counts"]!["failed"]!, Is.EqualTo(1));
            Assert.That((long)counts["counts"]!["sending"]!, Is.Zero);
        });
    }

    [Test]
    [Category("Services")]
    public async Task Resend_sends_a_chosen_ambiguous_message_once_and_leaves_the_others()
    {
        await using var database = await ScaleServices.CreateDatabaseAsync();
        await SeedAsync(database, ("maybe-1", "december", "ambiguous"), ("done-1", "december", "accepted"));

        var run = await CliRun.StartAsync(["campaign", "resend", "maybe-1", "done-1", "--ledger", database.ConnectionString, "--sandbox"]);
        var listed = await CliRun.StartAsync(["campaign", "ambiguous", "december", "--ledger", database.ConnectionString]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "one of the two was not ambiguous");
            Assert.That(run.Output, Does.Contain("maybe-1: accepted: accepted in bulk"));
            Assert.That(run.Output, Does.Contain("done-1: left alone: not re-sent: it is accepted, not ambiguous"));
            Assert.That(listed.Output, Does.Contain("0 ambiguous message(s)"));
        });
    }

    private static async Task SeedAsync(ScratchDatabase database, params (string Id, string Campaign, string State)[] rows)
    {
        await using var ledger = new NotificationLedger(database.ConnectionString);
        await ledger.EnsureSchemaAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        foreach (var (id, campaign, state) in rows)
        {
            var message = new PointsEarned().BuildSample("en") with
            {
                Sender = "OFFICIAL-ACCOUNT-ID-123",
                Destinations = ValueList.From([new LineDestination { To = "66800000001", MessageId = id }]),
            };
            await using var insert = new NpgsqlCommand(
                "INSERT INTO lineflex_ledger (message_id, campaign_id, state, destination, worker, sending_at, payload, evidence) VALUES ($1, $2, $3, '66800000001', 'worker-killed', clock_timestamp(), $4, 'claimed by a worker that died')",
                connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = id });
            insert.Parameters.Add(new NpgsqlParameter { Value = campaign });
            insert.Parameters.Add(new NpgsqlParameter { Value = state });
            insert.Parameters.Add(new NpgsqlParameter { Value = FlexJson.Serialize(message) });
            await insert.ExecuteNonQueryAsync();
        }
    }
}
