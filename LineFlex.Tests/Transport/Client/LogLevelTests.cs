using Flurl.Http.Testing;
using LineFlex.Tests.Transport.Sockets;
using Microsoft.Extensions.Logging;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>Each outcome of a call is logged once, with its own event, at the level its severity deserves.</summary>
public class LogLevelTests
{
    private const string Unreadable = "not json";

    private static TestCaseData Case(Action<HttpTest> respond, LogLevel level, string eventName) =>
        new(respond, level, eventName);

    private static IEnumerable<TestCaseData> SendOutcomes()
    {
        yield return Case(h => h.RespondWith(AcceptedBody), LogLevel.Debug, "CallSucceeded").SetName("A success is Debug");
        yield return Case(h => h.RespondWith("""{"errorCode":"E401"}""", 401), LogLevel.Error, "CallUnauthorized").SetName("A 401 is an Error");
        yield return Case(h => h.RespondWith("""{"errorCode":"E403"}""", 403), LogLevel.Error, "CallUnauthorized").SetName("A 403 is an Error");
        yield return Case(h => h.RespondWith("""{"errorCode":"E400"}""", 400), LogLevel.Error, "CallRefused").SetName("A 400 is an Error");
        yield return Case(h => h.RespondWith("slow down", 429), LogLevel.Warning, "CallFailed").SetName("A 429 is a Warning");
        yield return Case(h => h.RespondWith("busy", 503), LogLevel.Warning, "CallFailed").SetName("A 503 is a Warning");
        yield return Case(h => h.SimulateException(new HttpRequestException(HttpRequestError.ConnectionError, "refused")), LogLevel.Warning, "CallFailed")
            .SetName("A refused connection is a Warning");
        yield return Case(h => h.RespondWith("oops", 500), LogLevel.Warning, "CallMayHaveDelivered").SetName("A 500 to a send, which may have delivered, is a Warning");
        yield return Case(h => h.SimulateTimeout(), LogLevel.Warning, "CallMayHaveDelivered").SetName("A send that timed out is a Warning");
        yield return Case(h => h.RespondWith(Unreadable), LogLevel.Warning, "CallMayHaveDelivered").SetName("An unreadable success to a send is a Warning");
    }

    [TestCaseSource(nameof(SendOutcomes))]
    public async Task A_send_is_logged_once_at_the_level_of_its_outcome(Action<HttpTest> respond, LogLevel level, string eventName)
    {
        using var http = new HttpTest();
        respond(http);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(o => o.MaxRetryAttempts = 0), logger);

        try
        {
            await client.SendAsync(Request());
        }
        catch (LineFlexException)
        {
            // The failure itself is tested elsewhere; here only what was logged.
        }

        Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (level, eventName) }), string.Join('\n', logger.Entries));
        Assert.That(logger.Lines, Has.None.Contain(ApiKey));
    }

    [Test]
    public void A_401_tells_to_check_the_api_key_and_a_403_its_scopes()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"errorCode":"E401"}""", 401).RespondWith("""{"errorCode":"E403"}""", 403);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(), logger);

        Assert.CatchAsync<LineFlexApiException>(() => client.SendAsync(Request()));
        Assert.CatchAsync<LineFlexApiException>(() => client.SendAsync(Request()));

        Assert.That(logger.Lines, Is.EqualTo(new[]
        {
            "Error: POST /line/1/messages answered 401: the API key was refused. Check LineFlexOptions.ApiKey.",
            "Error: POST /line/1/messages answered 403: the API key lacks a scope. It needs message:send and line:message:send.",
        }));
    }

    [Test]
    public async Task A_retry_is_a_warning_and_the_success_after_it_debug()
    {
        using var http = new HttpTest();
        http.RespondWith("slow down", 429).RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(), logger);

        await client.SendAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (LogLevel.Warning, "CallRetrying"), (LogLevel.Debug, "CallSucceeded") }));
            Assert.That(logger.Lines[0], Does.Match(@"^Warning: Attempt 2 follows 429 after \d+ ms \(POST /line/1/messages\)$"));
            Assert.That(logger.Lines[1], Does.Match(@"^Debug: POST /line/1/messages answered 200 in \d+ ms \(2 attempt\(s\)\)$"));
        });
    }

    [Test]
    public void A_500_to_a_report_pull_is_a_warning_that_does_not_speak_of_delivery()
    {
        using var http = new HttpTest();
        http.RespondWith("oops", 500);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(o => o.MaxRetryAttempts = 0), logger);

        Assert.CatchAsync<LineFlexApiException>(() => client.GetDeliveryReportsAsync());

        Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (LogLevel.Warning, "CallFailed") }));
        Assert.That(logger.Lines[0], Does.Match(@"^Warning: GET /line/1/reports failed with 500 after \d+ ms \(1 attempt\(s\)\)"));
    }

    [Test]
    public void A_report_pull_answered_by_an_html_page_is_an_error()
    {
        using var http = new HttpTest();
        http.RespondWith("<html>portal</html>", 200, headers: null);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(), logger);

        Assert.CatchAsync<LineFlexResponseException>(() => client.GetDeliveryReportsAsync());

        Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (LogLevel.Error, "CallRefused") }));
        Assert.That(logger.Lines[0], Does.Contain("failed with invalid_response"));
    }

    [Test]
    public void A_call_cancelled_before_any_attempt_is_information()
    {
        using var http = new HttpTest();
        http.RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(), logger);

        Assert.CatchAsync<OperationCanceledException>(() => client.SendAsync(Request(), cancellationToken: new CancellationToken(canceled: true)));

        Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (LogLevel.Information, "CallCancelled") }), string.Join('\n', logger.Entries));
        Assert.That(logger.Lines[0], Does.Match(@"^Information: POST /line/1/messages was cancelled after \d+ ms \(0 attempt\(s\)\); nothing was delivered$"));
    }

    [Test]
    public async Task A_send_cancelled_while_its_request_is_at_the_server_is_a_warning_that_it_may_have_been_delivered()
    {
        using var cancel = new CancellationTokenSource();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri), logger);

        Assert.CatchAsync<OperationCanceledException>(() => client.SendAsync(Request(), cancellationToken: cancel.Token));

        Assert.That(logger.Entries.Select(e => (e.Level, e.EventId.Name)), Is.EqualTo(new[] { (LogLevel.Warning, "CallMayHaveDelivered") }), string.Join('\n', logger.Entries));
        Assert.That(logger.Lines[0], Does.Contain("failed with canceled").And.Contain("the message may have been delivered"));
    }
}
