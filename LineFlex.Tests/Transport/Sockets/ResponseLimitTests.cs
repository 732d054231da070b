using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>
/// What is read from an answer is capped. The server here sends the first 128 KB of a 1 MB body and holds
/// the rest until the test lets it go, so a client that read on past its cap would wait for it and fail
/// with a timeout instead of the typed error.
/// </summary>
public class ResponseLimitTests
{
    private const int Cap = 64 * 1024;
    private const int Sent = 128 * 1024;
    private const int Total = 1024 * 1024;

    private static async Task<LoopbackServer> Huge(int status, string contentType, TaskCompletionSource release, bool declareLength) =>
        await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            if (declareLength)
            {
                context.Response.ContentLength = Total;
            }

            var chunk = System.Text.Encoding.ASCII.GetBytes(new string(' ', 8 * 1024));
            try
            {
                for (var written = 0; written < Sent; written += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }

                await context.Response.Body.FlushAsync(context.RequestAborted);
                await release.Task.WaitAsync(context.RequestAborted);
                for (var written = Sent; written < Total; written += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client hung up, as it should once it had read its cap.
            }
        });

    private static LineFlexClient Capped(LoopbackServer server) =>
        new(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.MaxResponseBytes = Cap;
        }));

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_success_body_past_the_cap_stops_the_read_and_is_a_typed_error(bool declareLength)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await Huge(200, "application/json", release, declareLength);
        using var client = Capped(server);

        var error = Assert.ThrowsAsync<LineFlexResponseTooLargeException>(() => client.SendAsync(Request()))!;
        release.SetResult();

        Assert.Multiple(() =>
        {
            Assert.That(error.Limit, Is.EqualTo(Cap));
            Assert.That(error.StatusCode, Is.EqualTo(200));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(error.Message, Does.Contain("MaxResponseBytes (65,536 bytes)"));
            Assert.That(server.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_huge_error_page_is_read_only_up_to_its_cap_and_keeps_its_status()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await Huge(502, "text/html", release, declareLength: false);
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.MaxRetryAttempts = 0;
        }));

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;
        release.SetResult();

        Assert.That(error.StatusCode, Is.EqualTo(502));
    }

    [Test]
    public async Task A_report_pull_past_the_cap_is_a_typed_error_that_delivered_nothing()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await Huge(200, "application/json", release, declareLength: true);
        using var client = Capped(server);

        var error = Assert.ThrowsAsync<LineFlexResponseTooLargeException>(() => client.GetDeliveryReportsAsync())!;
        release.SetResult();

        Assert.That(error.MayHaveBeenDelivered, Is.False);
    }

    [TestCase(1023)]
    [TestCase(1024 * 1024 * 1024 + 1)]
    public void A_cap_outside_1_kilobyte_to_1_gigabyte_is_refused(int cap) =>
        Assert.That(
            () => new LineFlexClient(Options(o => o.MaxResponseBytes = cap)),
            Throws.ArgumentException.With.Message.Contains("MaxResponseBytes"));

    [Test]
    public void The_default_cap_is_4_megabytes() =>
        Assert.That(new LineFlexOptions().MaxResponseBytes, Is.EqualTo(4 * 1024 * 1024));
}
