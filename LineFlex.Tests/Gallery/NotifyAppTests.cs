namespace LineFlex.Tests.Gallery;

/// <summary>The example app runs end to end against the in-process sandbox.</summary>
public class NotifyAppTests
{
    [Test]
    public async Task The_example_app_sends_each_member_a_message_and_reads_every_delivery_report()
    {
        using var output = new StringWriter();

        var exitCode = await LineFlex.Samples.Notify.NotifyApp.RunAsync([], output, CancellationToken.None);

        var text = output.ToString();
        Assert.That(exitCode, Is.Zero, text);
        Assert.That(text, Does.Contain("sending \"points-earned\" to 4 members."));
        Assert.That(text, Does.Contain("  progress: 4 processed, 4 accepted, 0 failed"));
        Assert.That(text, Does.Contain("4 of 4 delivery reports so far."));
        Assert.That(text.Split('\n').Count(l => l.StartsWith("  report: ", StringComparison.Ordinal) && l.Contains(": DELIVERED/", StringComparison.Ordinal)), Is.EqualTo(4), text);
    }
}
