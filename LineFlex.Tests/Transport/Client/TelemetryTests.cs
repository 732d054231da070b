using System.Diagnostics;
using System.Diagnostics.Metrics;
using Flurl.Http.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>Each call is an activity with OpenTelemetry's HTTP tags, and is counted and timed by the LineFlex meter.</summary>
public class TelemetryTests
{
    private HttpTest _http = null!;
    private ServiceProvider _metrics = null!;

    private IMeterFactory Factory => _metrics.GetRequiredService<IMeterFactory>();

    [SetUp]
    public void StartFaking()
    {
        _http = new HttpTest();
        _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    }

    [TearDown]
    public void StopFaking()
    {
        _http.Dispose();
        _metrics.Dispose();
    }

    /// <summary>A client measured through this test's own meter factory, so no other test's calls are seen.</summary>
    private LineFlexClient Client(Action<LineFlexOptions>? change = null) =>
        new(new HttpClient(), Options(change), logger: null, timeProvider: null, TransportInstruments.From(Factory));

    [Test]
    public void The_names_to_subscribe_to_are_LineFlex() =>
        Assert.Multiple(() =>
        {
            Assert.That(LineFlexTelemetry.ActivitySourceName, Is.EqualTo("LineFlex"));
            Assert.That(LineFlexTelemetry.MeterName, Is.EqualTo("LineFlex"));
            Assert.That(TransportInstruments.Source.Name, Is.EqualTo(LineFlexTelemetry.ActivitySourceName));
        });

    [Test]
    public async Task A_send_is_a_client_activity_with_the_http_and_messaging_tags()
    {
        _http.RespondWith(AcceptedBody);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        await client.SendAsync(Request());

        var activity = telemetry.Activities.Single();
        Assert.Multiple(() =>
        {
            Assert.That(activity.OperationName, Is.EqualTo("POST /line/1/messages"));
            Assert.That(activity.Kind, Is.EqualTo(ActivityKind.Client));
            Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(activity.TagObjects, Is.SupersetOf(new Dictionary<string, object?>
            {
                ["lineflex.operation"] = "send",
                ["http.request.method"] = "POST",
                ["server.address"] = "lineflex-test.api.infobip.com",
                ["server.port"] = 443,
                ["url.template"] = "/line/1/messages",
                ["messaging.batch.message_count"] = 1,
                ["http.response.status_code"] = 200,
                ["lineflex.attempts"] = 1,
                ["lineflex.bulk_id"] = "2034072219640523072",
            }));
            Assert.That(activity.TagObjects.Select(t => t.Value?.ToString()), Has.None.Contain(ApiKey));
        });
    }

    [Test]
    public async Task A_report_pull_is_an_activity_that_counts_the_reports()
    {
        _http.RespondWith("""{"results":[]}""");
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        await client.GetDeliveryReportsAsync();

        var activity = telemetry.Activities.Single();
        Assert.Multiple(() =>
        {
            Assert.That(activity.OperationName, Is.EqualTo("GET /line/1/reports"));
            Assert.That(activity.GetTagItem("lineflex.operation"), Is.EqualTo("reports"));
            Assert.That(activity.GetTagItem("messaging.batch.message_count"), Is.EqualTo(0));
            Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        });
    }

    [Test]
    public void A_failed_call_sets_error_type_and_an_error_status_without_the_server_s_words()
    {
        _http.RespondWith("""{"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}}""", 401);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        Assert.CatchAsync<LineFlexApiException>(() => client.SendAsync(Request()));

        var activity = telemetry.Activities.Single();
        Assert.Multiple(() =>
        {
            Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(activity.StatusDescription, Is.EqualTo("401"));
            Assert.That(activity.GetTagItem("error.type"), Is.EqualTo("401"));
            Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(401));
            Assert.That(activity.GetTagItem("lineflex.may_have_been_delivered"), Is.EqualTo(false));
            Assert.That(activity.TagObjects.Select(t => t.Value?.ToString()), Has.None.Contain("Invalid login"));
        });
    }

    [Test]
    public async Task A_success_counts_the_messages_sent_and_times_the_call_in_seconds()
    {
        _http.RespondWith(AcceptedBody);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        await client.SendAsync(Request());

        var sent = telemetry.Of("lineflex.messages.sent").Single();
        var duration = telemetry.Of("lineflex.call.duration").Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Value, Is.EqualTo(1));
            Assert.That(sent.Unit, Is.EqualTo("{message}"));
            Assert.That(sent.Tags, Is.SupersetOf(new Dictionary<string, object?> { ["lineflex.operation"] = "send", ["server.address"] = "lineflex-test.api.infobip.com", ["server.port"] = 443 }));
            Assert.That(duration.Unit, Is.EqualTo("s"));
            Assert.That(duration.Value, Is.GreaterThanOrEqualTo(0));
            Assert.That(duration.Tags["http.response.status_code"], Is.EqualTo(200));
            Assert.That(duration.Tags, Does.Not.ContainKey("error.type"));
            Assert.That(telemetry.Of("lineflex.call.failures"), Is.Empty);
            Assert.That(telemetry.Of("lineflex.call.retries"), Is.Empty);
        });
    }

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("busy", 503)), "503").SetName("A 503 is counted as a failure of kind 503");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("""{"errorCode":"E400"}""", 400)), "400").SetName("A 400 is counted as a failure of kind 400");
        yield return new TestCaseData((Action<HttpTest>)(h => h.SimulateTimeout()), "timeout").SetName("A timeout is counted as a failure of kind timeout");
        yield return new TestCaseData((Action<HttpTest>)(h => h.SimulateException(new HttpRequestException(HttpRequestError.ConnectionError, "refused"))), "connection_refused")
            .SetName("A refused connection is counted as a failure of kind connection_refused");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("not json")), "invalid_response").SetName("An unreadable success is counted as a failure of kind invalid_response");
    }

    [TestCaseSource(nameof(Failures))]
    public void A_failure_is_counted_by_its_kind_and_timed_with_it(Action<HttpTest> respond, string errorType)
    {
        respond(_http);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client(o => o.MaxRetryAttempts = 0);

        Assert.CatchAsync<LineFlexException>(() => client.SendAsync(Request()));

        Assert.Multiple(() =>
        {
            Assert.That(telemetry.Of("lineflex.call.failures").Select(m => (m.Value, m.Tags["error.type"])), Is.EqualTo(new[] { (1.0, (object?)errorType) }));
            Assert.That(telemetry.Of("lineflex.call.duration").Single().Tags["error.type"], Is.EqualTo(errorType));
            Assert.That(telemetry.Of("lineflex.messages.sent"), Is.Empty);
        });
    }

    [Test]
    public void A_cancelled_call_is_counted_as_a_failure_of_kind_canceled()
    {
        _http.RespondWith(AcceptedBody);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        Assert.CatchAsync<OperationCanceledException>(() => client.SendAsync(Request(), cancellationToken: new CancellationToken(canceled: true)));

        Assert.That(telemetry.Of("lineflex.call.failures").Single().Tags["error.type"], Is.EqualTo("canceled"));
    }

    [Test]
    public async Task A_retry_is_counted_with_its_cause_and_shown_as_an_event_of_the_activity()
    {
        _http.RespondWith("slow down", 429).RespondWith(AcceptedBody);
        using var telemetry = TelemetryCapture.For(Factory);
        using var client = Client();

        await client.SendAsync(Request());

        var retry = telemetry.Activities.Single().Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(telemetry.Of("lineflex.call.retries").Select(m => (m.Value, m.Tags["error.type"])), Is.EqualTo(new[] { (1.0, (object?)"429") }));
            Assert.That(retry.Name, Is.EqualTo("retry"));
            Assert.That(retry.Tags, Does.Contain(new KeyValuePair<string, object?>("lineflex.attempt", 2)).And.Contain(new KeyValuePair<string, object?>("error.type", "429")));
            Assert.That(telemetry.Activities.Single().GetTagItem("lineflex.attempts"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_client_from_dependency_injection_measures_through_the_container_s_meter_factory()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LineFlex:BaseUrl"] = BaseUrl,
            ["LineFlex:ApiKey"] = ApiKey,
        }).Build().GetSection(LineFlexOptions.SectionName));
        await using var provider = services.BuildServiceProvider();
        _http.RespondWith(AcceptedBody);
        using var telemetry = TelemetryCapture.For(provider.GetRequiredService<IMeterFactory>());

        await provider.GetRequiredService<ILineFlexClient>().SendAsync(Request());

        Assert.That(telemetry.Of("lineflex.messages.sent").Single().Value, Is.EqualTo(1));
    }
}
