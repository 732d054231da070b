using LineFlex.Sandbox;

namespace LineFlex.Tests.Cli;

/// <summary>
/// Long work (a bulk send, demo waiting for its report) shows progress on stderr when stderr is a terminal, and
/// nothing of the sort when it is redirected. Whether it is a terminal is the console's say, so no terminal is needed.
/// </summary>
public class CliProgressTests
{
    [Test]
    public async Task A_bulk_send_shows_how_far_it_has_come_on_a_terminal()
    {
        var file = CliJsonTests.WriteRequest(5);

        var run = await CliRun.StartAsync(["send", "--sandbox", "--batch-size", "2", file], console => console with { ErrorIsTerminal = true });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Contain("\rSent 5 of 5 message(s): 5 accepted, 0 failed"));
            Assert.That(run.Error, Does.EndWith(Environment.NewLine), "the progress line is ended before the results");
            Assert.That(run.Output, Does.Contain("The sandbox answered 3 request(s) of the 5 messages:"));
            Assert.That(run.Output, Does.EndWith("5 message(s): 5 accepted, 0 failed." + Environment.NewLine));
        });
    }

    [Test]
    public async Task A_bulk_send_prints_no_progress_when_stderr_is_redirected()
    {
        var file = CliJsonTests.WriteRequest(5);

        var run = await CliRun.StartAsync(["send", "--sandbox", "--batch-size", "2", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Not.Contain("Sent ").And.Not.Contain("\r"));
            Assert.That(run.Output, Does.EndWith("5 message(s): 5 accepted, 0 failed." + Environment.NewLine));
        });
    }

    [Test]
    public async Task A_request_within_one_batch_is_sent_as_it_is_in_one_request()
    {
        var file = CliJsonTests.WriteRequest(2);

        var run = await CliRun.StartAsync(["send", "--sandbox", "--batch-size", "2", file], console => console with { ErrorIsTerminal = true });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("The sandbox accepted the request:"));
            Assert.That(run.Error, Does.Not.Contain("Sent "));
        });
    }

    [Test]
    public async Task A_request_with_request_options_is_not_split_into_batches()
    {
        var request = FlexJson.Deserialize<LineRequest>(File.ReadAllText(CliJsonTests.WriteRequest(3)));
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "bulk-with-options.json");
        await File.WriteAllTextAsync(file, FlexJson.Serialize(request with { Options = new RequestOptions { Schedule = new ScheduleOptions { BulkId = "one-bulk" } } }));

        var run = await CliRun.StartAsync(["send", "--sandbox", "--batch-size", "2", file]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.ErrorLines.Last(), Does.Contain("holds 3 messages and request options").And.Contain("Pass --batch-size 3"));
            Assert.That(run.Output, Does.Not.Contain("bulkId"));
        });
    }

    [Test]
    public async Task Demo_shows_how_many_reports_have_come_while_it_waits_on_a_terminal()
    {
        var run = await CliRun.StartAsync(["demo", "--wait", "60"], console => console with { ErrorIsTerminal = true });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Does.Contain("\rWaiting up to 60 s for delivery reports: 1 of 1 so far"));
            Assert.That(run.Output, Does.Match(@"report: messageId \S+  to 66855538125  status DELIVERED"));
        });
    }

    [Test]
    public async Task Demo_prints_nothing_on_stderr_when_it_is_redirected()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero });

        var run = await CliRun.StartAsync(["demo", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "any-key"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Output, Does.Match(@"report: messageId \S+  to 66855538125  status DELIVERED"));
        });
    }
}
