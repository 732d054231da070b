using LineFlex.Sandbox;
using LineFlex.Tests.Transport.Sockets;

namespace LineFlex.Tests.Cli;

/// <summary>
/// send, reports and demo say "the sandbox" when the server answered with the sandbox's header, and "Infobip" when it
/// did not, in their results and in their errors.
/// </summary>
public class CliAnswererTests
{
    private const string AcceptedBody =
        "{\"bulkId\":\"B-1\",\"messages\":[{\"messageId\":\"M-1\",\"destination\":\"66855538125\",\"status\":{\"groupId\":1,\"groupName\":\"PENDING\",\"id\":26,\"name\":\"PENDING_ACCEPTED\",\"description\":\"Message sent to next instance\"}}]}";

    private static string Seed => TestData.SamplePath("seed-request.json");

    [Test]
    public async Task Send_to_a_standalone_sandbox_says_the_sandbox_accepted_the_request()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        var run = await CliRun.StartAsync(["send", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "any-key", Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("The sandbox accepted the request:"));
            Assert.That(run.Output, Does.Not.Contain("Infobip"));
        });
    }

    [Test]
    public async Task Send_to_a_server_without_the_sandbox_header_says_Infobip_accepted_the_request()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);

        var run = await CliRun.StartAsync(["send", "--base-url", server.BaseUrl.AbsoluteUri, "--api-key", "any-key", Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("Infobip accepted the request:"));
            Assert.That(run.Output, Does.Contain("bulkId: B-1"));
            Assert.That(run.Output, Does.Not.Contain("sandbox"));
        });
    }

    [Test]
    public async Task A_refusal_by_a_sandbox_is_told_as_the_sandbox_s_not_Infobip_s()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = "right-key" });

        var run = await CliRun.StartAsync(["send", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "wrong-key", Seed]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.ErrorLines.Last(), Does.StartWith("error: The sandbox answered 401"));
            Assert.That(run.Error, Does.Not.Contain("Infobip answered"));
        });
    }

    [Test]
    public async Task A_refusal_by_a_server_without_the_header_is_told_as_Infobip_s()
    {
        await using var server = await LoopbackServer.AnsweringAsync(401, "{\"errorCode\":\"E401\",\"description\":\"Invalid login details\"}");

        var run = await CliRun.StartAsync(["reports", "--base-url", server.BaseUrl.AbsoluteUri, "--api-key", "wrong-key"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.ErrorLines.Last(), Does.StartWith("error: Infobip answered 401 E401: Invalid login details"));
        });
    }

    [Test]
    public async Task Reports_say_whom_they_came_from()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var server = await LoopbackServer.AnsweringAsync(200, "{\"results\":[]}");

        var fromSandbox = await CliRun.StartAsync(["reports", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "any-key"]);
        var fromInfobip = await CliRun.StartAsync(["reports", "--base-url", server.BaseUrl.AbsoluteUri, "--api-key", "any-key"]);

        Assert.Multiple(() =>
        {
            Assert.That(fromSandbox.Output, Does.EndWith("0 report(s) from the sandbox." + Environment.NewLine));
            Assert.That(fromInfobip.Output, Does.EndWith("0 report(s) from Infobip." + Environment.NewLine));
        });
    }

    [Test]
    public async Task Demo_against_a_standalone_sandbox_says_the_sandbox_answered_and_where_its_inbox_is()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero });

        var run = await CliRun.StartAsync(["demo", "--base-url", sandbox.BaseUrl.AbsoluteUri, "--api-key", "any-key", "--wait", "30"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("5. The sandbox's answer:"));
            Assert.That(run.Output, Does.Contain($"The sandbox's inbox shows the message at {sandbox.BaseUrl}"));
            Assert.That(run.Output, Does.Not.Contain("Infobip's answer"));
        });
    }

    [Test]
    public async Task Demo_against_a_server_without_the_header_says_Infobip_answered()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(
                context.Response, context.Request.Path.Value!.EndsWith("/reports", StringComparison.Ordinal) ? "{\"results\":[]}" : AcceptedBody);
        });

        var run = await CliRun.StartAsync(["demo", "--base-url", server.BaseUrl.AbsoluteUri, "--api-key", "any-key", "--wait", "0"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Output, Does.Contain("5. Infobip's answer:"));
            Assert.That(run.Output, Does.Contain("No delivery report from Infobip yet after 0 s"));
            Assert.That(run.Output, Does.Not.Contain("sandbox's"));
        });
    }
}
