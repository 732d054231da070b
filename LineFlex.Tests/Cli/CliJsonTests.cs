using LineFlex.Cli.Demo;
using LineFlex.Sandbox;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary>
/// <c>--format json</c> on send and reports: one JSON document on stdout with stable property names; a failure is
/// one error line on stderr and nothing on stdout.
/// </summary>
public class CliJsonTests
{
    private static readonly string[] SendProperties = ["file", "holds", "valid", "findings", "dryRun", "sent", "target", "accepted", "failed", "bulks", "failures"];

    private static string Seed => TestData.SamplePath("seed-request.json");

    [Test]
    public async Task Send_prints_one_document_with_the_target_and_every_message_s_id_and_status()
    {
        var run = await CliRun.StartAsync(["send", "--sandbox", "--format", "json", Seed]);

        var document = JObject.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(document.Properties().Select(p => p.Name), Is.EqualTo(SendProperties));
            Assert.That((bool)document["sent"]!, Is.True);
            Assert.That((bool)document["target"]!["sandbox"]!, Is.True);
            Assert.That((bool)document["target"]!["inProcess"]!, Is.True);
            Assert.That((int)document["accepted"]!, Is.EqualTo(1));
            Assert.That((string?)document["bulks"]![0]!["bulkId"], Is.Not.Empty);
            var message = document["bulks"]![0]!["messages"]![0]!;
            Assert.That(((JObject)message).Properties().Select(p => p.Name), Is.EqualTo(new[] { "messageId", "to", "status" }));
            Assert.That((string?)message["to"], Is.EqualTo("66855538125"));
            Assert.That((string?)message["status"]!["name"], Is.EqualTo("PENDING_ACCEPTED"));
            Assert.That(document["failures"], Is.Empty);
        });
    }

    [Test]
    public async Task Send_dry_run_prints_the_request_it_would_send_and_sends_nothing()
    {
        var run = await CliRun.StartAsync(["send", "--dry-run", "--format", "json", Seed]);

        var document = JObject.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That((bool)document["dryRun"]!, Is.True);
            Assert.That((bool)document["sent"]!, Is.False);
            Assert.That(JToken.DeepEquals(document["request"], TestData.ParseToken(TestData.SeedRequestJson)), Is.True);
        });
    }

    [Test]
    public async Task Send_of_an_invalid_file_prints_the_findings_sends_nothing_and_exits_1()
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "json-invalid.json");
        await File.WriteAllTextAsync(file, FlexJson.Serialize(Flex.Request().Message(m => m.To("1").AltText("a").Bubble(b => b.Body(x => x.Text("a")))).Build()));

        var run = await CliRun.StartAsync(["send", "--sandbox", "--format", "json", file]);

        var document = JObject.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That((bool)document["valid"]!, Is.False);
            Assert.That((bool)document["sent"]!, Is.False);
            Assert.That(document["findings"]![0]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo(
                "{\"severity\":\"error\",\"code\":\"LF102\",\"path\":\"messages[0].sender\",\"message\":\"sender is required.\"}"));
        });
    }

    [Test]
    public async Task A_failure_in_json_mode_is_one_error_line_on_stderr_and_nothing_on_stdout()
    {
        var run = await CliRun.StartAsync(["send", "--format", "json", Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Output, Is.Empty);
            Assert.That(run.ErrorLines.Last(), Does.StartWith("error: No target to talk to"));
        });
    }

    [Test]
    public async Task A_bulk_send_lists_each_request_s_bulk_and_counts_the_messages()
    {
        var file = WriteRequest(5);

        var run = await CliRun.StartAsync(["send", "--sandbox", "--batch-size", "2", "--format", "json", file]);

        var document = JObject.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(document.Properties().Select(p => p.Name), Is.EqualTo(SendProperties));
            Assert.That((int)document["accepted"]!, Is.EqualTo(5));
            Assert.That((int)document["failed"]!, Is.Zero);
            Assert.That(document["bulks"]!.Select(b => b["messages"]!.Count()), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(document["bulks"]!.SelectMany(b => b["messages"]!).Select(m => (string?)m["to"]), Is.EqualTo(Destinations(5)));
        });
    }

    [Test]
    public async Task Reports_print_one_document_with_every_report_named_as_on_the_wire()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero });
        using (var client = new LineFlexClient(sandbox.BaseUrl.AbsoluteUri, "any-key"))
        {
            await client.SendAsync(PurchaseComplete.Request());
        }

        var run = await CliRun.StartAsync(["reports", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "any-key", "--format", "json"]);

        var document = JObject.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(document.Properties().Select(p => p.Name), Is.EqualTo(new[] { "target", "count", "reports" }));
            Assert.That((string?)document["target"]!["url"], Is.EqualTo(sandbox.BaseUrl.AbsoluteUri));
            Assert.That((bool)document["target"]!["sandbox"]!, Is.True);
            Assert.That((int)document["count"]!, Is.EqualTo(1));
            var report = (JObject)document["reports"]![0]!;
            Assert.That(report.Properties().Select(p => p.Name), Is.EqualTo(new[]
            {
                "bulkId", "messageId", "to", "sender", "sentAt", "doneAt", "messageCount", "mccMnc", "callbackData", "campaignReferenceId", "price", "status", "error", "platform",
            }));
            Assert.That((string?)report["to"], Is.EqualTo("66855538125"));
            Assert.That((string?)report["status"]!["groupName"], Is.EqualTo("DELIVERED"));
            Assert.That((string?)report["error"]!["name"], Is.EqualTo("NO_ERROR"));
        });
    }

    /// <summary>A request of <paramref name="count"/> messages, one per destination.</summary>
    internal static string WriteRequest(int count)
    {
        var request = new LineRequest { Messages = [.. Destinations(count).Select(to => PurchaseComplete.Request(to: to).Messages![0])] };
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"bulk-{count}-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, FlexJson.Serialize(request));
        return file;
    }

    private static string[] Destinations(int count) => [.. Enumerable.Range(0, count).Select(i => $"6685553{i:0000}")];
}
