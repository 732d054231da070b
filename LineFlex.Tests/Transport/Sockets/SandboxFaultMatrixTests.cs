using System.Net;
using System.Net.Sockets;
using LineFlex.Sandbox;
using LineFlex.Tests.Transport.Client;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>The client against the sandbox over real sockets on 127.0.0.1: the whole fault matrix.</summary>
public class SandboxFaultMatrixTests
{
    private SandboxServer _sandbox = null!;

    [SetUp]
    public async Task StartSandbox() =>
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.Zero });

    [TearDown]
    public async Task StopSandbox() => await _sandbox.DisposeAsync();

    private LineFlexClient Client(Action<LineFlexOptions>? change = null, CapturingLogger<LineFlexClient>? logger = null) =>
        new(Options(o =>
        {
            o.BaseUrl = _sandbox.BaseUrl.AbsoluteUri;
            change?.Invoke(o);
        }), logger);

    private int Posts => _sandbox.Received.Count(r => r.Method == "POST");

    [Test]
    public async Task An_accepted_request_returns_ids_and_its_delivery_report_can_be_pulled()
    {
        using var client = Client();

        var sent = await client.SendAsync(Request());
        var reports = await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = sent.BulkId });

        Assert.Multiple(() =>
        {
            Assert.That(sent.Messages.Single().Status!.Name, Is.EqualTo("PENDING_ACCEPTED"));
            Assert.That(reports.Single().MessageId, Is.EqualTo(sent.Messages.Single().MessageId));
            Assert.That(reports.Single().Status!.Group, Is.EqualTo(StatusGroup.Delivered));
            Assert.That(_sandbox.Received[0].Headers["Authorization"], Is.EqualTo("App " + ApiKey));
            Assert.That(_sandbox.Received[0].Body, Is.EqualTo(FlexJson.Serialize(Request())));
        });
    }

    [Test]
    public void A_400_carries_one_violation_per_finding_at_its_wire_path()
    {
        using var client = Client();
        var invalid = Request() with { Messages = [Request().Messages![0] with { Content = Request().Messages![0].Content! with { AltText = new string('a', 401) } }] };

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(invalid, SendOptions.WithoutValidation))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.Violations.Single().Property, Is.EqualTo("messages[0].content.altText"));
            Assert.That(Posts, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_error_from_the_sandbox_names_the_sandbox_as_the_one_that_answered()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Status(404));
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(404));
            Assert.That(error.Message, Does.StartWith("The sandbox answered 404").And.Not.Contain("Infobip answered"));
        });
    }

    [Test]
    public async Task An_error_without_the_sandbox_header_is_told_as_Infobip_s()
    {
        await using var server = await LoopbackServer.AnsweringAsync(404, """{"errorCode":"E404","description":"Not found"}""");
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri));

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.That(error.Message, Does.StartWith("Infobip answered 404 E404: Not found"));
    }

    [Test]
    public void A_wrong_key_is_a_401()
    {
        using var client = Client(o => o.ApiKey = "wrong-key");

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(401));
            Assert.That(error.ErrorCode, Is.EqualTo("E401"));
            Assert.That(error.ToString(), Does.Not.Contain("wrong-key"));
        });
    }

    [Test]
    public void A_403_is_not_retried()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Forbidden());
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(403));
            Assert.That(_sandbox.Received, Has.Count.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> FaultsThatMayHaveBeenProcessed()
    {
        yield return new TestCaseData(SandboxFault.ServerError(), 500).SetName("A 500 is not retried by default");
        yield return new TestCaseData(SandboxFault.BadGateway(), 502).SetName("A 502 is not retried by default");
        yield return new TestCaseData(SandboxFault.Status(504), 504).SetName("A 504 is not retried by default");
    }

    [TestCaseSource(nameof(FaultsThatMayHaveBeenProcessed))]
    public void A_fault_after_which_the_message_may_have_been_delivered_is_sent_once(SandboxFault fault, int status)
    {
        _sandbox.Faults.Enqueue(fault, times: 4);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(_sandbox.Received, Has.Count.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> RetriedFaults()
    {
        yield return new TestCaseData(SandboxFault.ServiceUnavailable()).SetName("A 503 is retried");
        yield return new TestCaseData(SandboxFault.TooManyRequests()).SetName("A 429 without Retry-After is retried");
        yield return new TestCaseData(SandboxFault.TooManyRequests(TimeSpan.FromSeconds(1))).SetName("A 429 with Retry-After is retried");
    }

    [TestCaseSource(nameof(RetriedFaults))]
    public async Task Throttling_and_unavailability_are_retried_until_accepted(SandboxFault fault)
    {
        _sandbox.Faults.Enqueue(fault, times: 2);
        using var client = Client();

        var sent = await client.SendAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(sent.Messages, Has.Count.EqualTo(1));
            Assert.That(_sandbox.Received, Has.Count.EqualTo(3));
            Assert.That(_sandbox.Accepted, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Retry_after_sets_the_wait_before_the_next_attempt()
    {
        _sandbox.Faults.Enqueue(SandboxFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(logger: logger);

        await client.SendAsync(Request());

        Assert.That(logger.Lines, Has.One.Match("Attempt 2 follows 429 after 1000 ms"));
    }

    [Test]
    public void A_slow_answer_times_out_and_is_not_sent_again()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromSeconds(5)));
        using var client = Client(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(error.Message, Does.Contain("may have reached Infobip"));
            Assert.That(error.Message, Does.Contain("Raise LineFlexOptions.AttemptTimeout"));
        });
    }

    [Test]
    public void A_slow_answer_that_outlasts_the_calls_timeout_names_the_calls_timeout_as_the_one_to_raise()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromSeconds(5)));
        using var client = Client(o => o.OverallTimeout = TimeSpan.FromMilliseconds(300));

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(error.Message, Does.Contain("ran out of time during an attempt. The request may have reached Infobip. Raise LineFlexOptions.OverallTimeout"));
            Assert.That(error.Message, Does.Not.Contain("AttemptTimeout"));
        });
    }

    [Test]
    public void A_refused_connection_is_a_transport_error_that_says_nothing_was_sent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = Client(o =>
        {
            o.BaseUrl = $"http://127.0.0.1:{port}/";
            o.MaxRetryAttempts = 1;
        });

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.ConnectionRefused));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_connection_dropped_mid_response_is_its_own_failure()
    {
        _sandbox.Faults.Enqueue(SandboxFault.DropConnection());
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.ConnectionDropped));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(_sandbox.Received, Has.Count.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> ErrorBodies()
    {
        yield return new TestCaseData(SandboxFault.HtmlBody(502), ApiErrorFormat.Html).SetName("An HTML body survives with an excerpt");
        yield return new TestCaseData(SandboxFault.EmptyBody(500), ApiErrorFormat.Empty).SetName("An empty body survives");
        yield return new TestCaseData(SandboxFault.LegacyEnvelope(400), ApiErrorFormat.LegacyEnvelope).SetName("A legacy envelope is read");
        yield return new TestCaseData(SandboxFault.XmlError(500), ApiErrorFormat.Xml).SetName("An XML error is read");
    }

    [TestCaseSource(nameof(ErrorBodies))]
    public void Every_error_body_becomes_an_api_exception(SandboxFault fault, ApiErrorFormat format)
    {
        _sandbox.Faults.Enqueue(fault, times: 5);
        using var client = Client(o => o.MaxRetryAttempts = 1);

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Body.Format, Is.EqualTo(format));
            Assert.That(error.ToString(), Does.Not.Contain(ApiKey));
            if (format == ApiErrorFormat.Html)
            {
                Assert.That(error.RawBodyExcerpt, Is.Not.Null.And.Length.LessThanOrEqualTo(ApiErrorParser.ExcerptLength));
            }
            else if (format is ApiErrorFormat.LegacyEnvelope or ApiErrorFormat.Xml)
            {
                Assert.That(error.ErrorCode, Is.Not.Null);
            }
        });
    }

    [Test]
    public async Task Deprecation_headers_on_a_success_are_logged()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Deprecated("true", "Wed, 01 Jul 2026 00:00:00 GMT"));
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(logger: logger);

        await client.SendAsync(Request());

        Assert.That(logger.Lines, Has.One.Contains("is deprecated (Deprecation: true, Sunset: Wed, 01 Jul 2026 00:00:00 GMT)"));
    }

    [Test]
    public void Cancellation_mid_call_stops_waiting()
    {
        _sandbox.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromSeconds(30)));
        using var client = Client();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(() => client.SendAsync(Request(), cancellationToken: cancel.Token));
    }
}
