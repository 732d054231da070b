using LineFlex.Samples.Campaign;

namespace LineFlex.Tests.Scale;

/// <summary>The chaos sample, short: worker processes killed with SIGKILL while they send, counted from the sandbox's log.</summary>
[Category("Services")]
[NonParallelizable]
public sealed class ChaosRunTests
{
    [Test]
    public async Task Two_workers_killed_while_sending_send_every_message_at_most_once_and_lose_none()
    {
        // Fails with how to start RabbitMQ and PostgreSQL when they are not there.
        _ = (ScaleServices.RabbitMq, ScaleServices.Postgres);
        using var output = new StringWriter();

        var exitCode = await ChaosRun.RunAsync(["--workers", "2", "--messages", "2000", "--kill-every", "1s"], output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output.ToString());
            Assert.That(lines[^2], Does.Match(@"^[1-9]\d* kill\(s\)"), "at least one worker was killed");
            Assert.That(lines[^1], Does.Match(@"^messages 2000, accepted \d+, failed 0, ambiguous \d+, duplicates 0, lost 0$"));
        });
    }
}
