using System.Net;
using Flurl.Http.Testing;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>The request line, headers, body and every error and retry decision, with Flurl's HttpTest faking the server.</summary>
public class ClientHttpTests
{
    private HttpTest _http = null!;

    [SetUp]
    public void StartFaking() => _http = new HttpTest();

    [TearDown]
    public void StopFaking() => _http.Dispose();

    private static LineFlexClient Client(Action<LineFlexOptions>? change = null, CapturingLogger<LineFlexClient>? logger = null) =>
        new(Options(change), logger);

    [Test]
    public async Task Send_posts_the_deterministic_json_with_the_app_key_and_user_agent()
    {
        _http.RespondWith(AcceptedBody);
        using var client = Client();

        await client.SendAsync(Request());

        _http.ShouldHaveCalled(BaseUrl + "/line/1/messages")
            .WithVerb(HttpMethod.Post)
            .WithHeader("Authorization", "App " + ApiKey)
            .WithHeader("User-Agent", Packaging.VersionTests.ExpectedUserAgent)
            .WithHeader("Accept", "application/json")
            .WithContentType("application/json")
            .Times(1);
        var body = await _http.CallLog[0].HttpRequestMessage.Content!.ReadAsStringAsync();
        Assert.That(body, Is.EqualTo(FlexJson.Serialize(Request())));
        Snapshooter.NUnit.Snapshot.Match(TestData.ParseToken(body), "SeedRequest");
    }

    [Test]
    public async Task The_answer_becomes_a_typed_result()
    {
        _http.RespondWith(AcceptedBody);
        using var client = Client();

        var result = await client.SendAsync(Request());

        Assert.That(result, Is.EqualTo(new SendResult(
            "2034072219640523072",
            [new SentMessage("2250be2d4219-3af1-78856-aabe-1362af1edfd2", "66855538125", new MessageStatus(1, "PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance", null))])).Using<SendResult>(SameResult));
    }

    private static bool SameResult(SendResult a, SendResult b) => a.BulkId == b.BulkId && a.Messages.SequenceEqual(b.Messages);

    [Test]
    public async Task A_single_message_is_sent_as_a_request_of_its_own()
    {
        _http.RespondWith(AcceptedBody);
        using var client = Client();

        await client.SendAsync(Request().Messages![0]);

        var body = await _http.CallLog[0].HttpRequestMessage.Content!.ReadAsStringAsync();
        Assert.That(body, Is.EqualTo(FlexJson.Serialize(Request())));
    }

    [Test]
    public void An_invalid_request_throws_before_any_http_traffic()
    {
        using var client = Client();
        var invalid = Request() with { Messages = [Request().Messages![0] with { Sender = null }] };

        var error = Assert.ThrowsAsync<FlexValidationException>(() => client.SendAsync(invalid))!;

        Assert.That(error.Errors.Single().Path, Is.EqualTo("messages[0].sender"));
        _http.ShouldNotHaveMadeACall();
    }

    [Test]
    public async Task Validation_can_be_turned_off_per_call()
    {
        _http.RespondWith(AcceptedBody);
        using var client = Client();
        var invalid = Request() with { Messages = [Request().Messages![0] with { Sender = null }] };

        await client.SendAsync(invalid, SendOptions.WithoutValidation);

        _http.ShouldHaveCalled(BaseUrl + "/line/1/messages").Times(1);
    }

    [Test]
    public void An_api_error_carries_status_code_description_action_violations_and_resources()
    {
        _http.RespondWith(
            """{"errorCode":"E400","description":"Request cannot be processed.","action":"Check the syntax, violations and adjust the request.","violations":[{"property":"messages[0].content.altText","violation":"size must be between 0 and 400"}],"resources":[{"name":"API Authentication","url":"https://www.infobip.com/docs/essentials/api-authentication"}]}""",
            400,
            new { Deprecation = "true", Sunset = "Wed, 01 Jul 2026 00:00:00 GMT" });
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.ErrorCode, Is.EqualTo("E400"));
            Assert.That(error.Description, Is.EqualTo("Request cannot be processed."));
            Assert.That(error.Action, Is.EqualTo("Check the syntax, violations and adjust the request."));
            Assert.That(error.Violations, Is.EqualTo(new[] { new ApiViolation("messages[0].content.altText", "size must be between 0 and 400") }));
            Assert.That(error.Resources.Single().Name, Is.EqualTo("API Authentication"));
            Assert.That(error.Deprecation, Is.EqualTo("true"));
            Assert.That(error.Sunset, Is.EqualTo("Wed, 01 Jul 2026 00:00:00 GMT"));
            Assert.That(error.Message, Does.Contain("messages[0].content.altText: size must be between 0 and 400"));
            Assert.That(error.Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_legacy_envelope_is_read_into_the_same_fields()
    {
        _http.RespondWith(
            """{"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details","validationErrors":{"messages[0].sender":["must not be blank"]}}}}""",
            401);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ErrorCode, Is.EqualTo("UNAUTHORIZED"));
            Assert.That(error.Description, Is.EqualTo("Invalid login details"));
            Assert.That(error.Violations, Is.EqualTo(new[] { new ApiViolation("messages[0].sender", "must not be blank") }));
            Assert.That(error.Body.Format, Is.EqualTo(ApiErrorFormat.LegacyEnvelope));
        });
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    public void Client_errors_are_never_retried(int status)
    {
        _http.RespondWith("""{"errorCode":"E"}""", status).RespondWith(AcceptedBody);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.That(error.StatusCode, Is.EqualTo(status));
        _http.ShouldHaveMadeACall().Times(1);
    }

    [TestCase(429)]
    [TestCase(503)]
    public async Task Throttling_and_unavailability_are_retried(int status)
    {
        _http.RespondWith("busy", status).RespondWith(AcceptedBody);
        using var client = Client();

        var result = await client.SendAsync(Request());

        Assert.That(result.BulkId, Is.EqualTo("2034072219640523072"));
        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void Retries_stop_after_the_configured_attempts()
    {
        _http.RespondWith("busy", 503).RespondWith("busy", 503).RespondWith("busy", 503).RespondWith(AcceptedBody);
        using var client = Client(o => o.MaxRetryAttempts = 2);

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.That(error.Attempts, Is.EqualTo(3));
        _http.ShouldHaveMadeACall().Times(3);
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(504)]
    public void A_server_error_that_may_have_been_processed_is_not_retried_by_default_and_says_why(int status)
    {
        _http.RespondWith("""{"errorCode":"E5","description":"Gateway timeout."}""", status).RespondWith(AcceptedBody);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(error.Message, Does.Contain("1 attempt was made; it was not retried"));
            Assert.That(error.Message, Does.Contain("no idempotency key"));
            Assert.That(error.Message, Does.Contain("may have been delivered"));
        });
        _http.ShouldHaveMadeACall().Times(1);
    }

    [Test]
    public void A_504_is_not_retried_by_default() => A_server_error_that_may_have_been_processed_is_not_retried_by_default_and_says_why(504);

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(504)]
    public async Task A_server_error_is_retried_when_unsafe_retries_are_on(int status)
    {
        _http.RespondWith("oops", status).RespondWith(AcceptedBody);
        using var client = Client(o => o.RetryUnsafeFailures = true);

        await client.SendAsync(Request());

        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void After_every_unsafe_retry_the_error_tells_the_attempts_and_that_the_message_may_have_been_delivered_more_than_once()
    {
        _http.RespondWith("gateway timeout", 504).RespondWith("gateway timeout", 504).RespondWith("gateway timeout", 504).RespondWith("gateway timeout", 504);
        using var client = Client(o => o.RetryUnsafeFailures = true);

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Attempts, Is.EqualTo(4));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(error.Message, Does.Contain("4 attempts were made, the most LineFlexOptions.MaxRetryAttempts (3) allows."));
            Assert.That(error.Message, Does.Contain("may have been delivered, possibly more than once"));
            Assert.That(error.Message, Does.Not.Contain("not retried"));
        });
        _http.ShouldHaveMadeACall().Times(4);
    }

    [Test]
    public void A_503_then_a_504_says_two_attempts_were_made_and_why_the_last_was_not_retried()
    {
        _http.RespondWith("busy", 503).RespondWith("gateway timeout", 504).RespondWith(AcceptedBody);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(504));
            Assert.That(error.Attempts, Is.EqualTo(2));
            Assert.That(error.Message, Does.Contain("2 attempts were made; the last was not retried"));
            Assert.That(error.Message, Does.Contain("The message may have been delivered: check"));
        });
        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void Exhausted_retries_of_a_503_say_nothing_was_delivered()
    {
        _http.RespondWith("busy", 503).RespondWith("busy", 503);
        using var client = Client(o => o.MaxRetryAttempts = 1);

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Message, Does.Contain("2 attempts were made, the most LineFlexOptions.MaxRetryAttempts (1) allows. Nothing was delivered."));
        });
    }

    [Test]
    public void Running_out_of_time_while_waiting_after_a_503_says_nothing_was_delivered()
    {
        _http.RespondWith("busy", 503, new { Retry_After = "30" }).RespondWith(AcceptedBody);
        using var client = Client(o =>
        {
            o.MaxRetryDelay = TimeSpan.FromSeconds(30);
            o.OverallTimeout = TimeSpan.FromMilliseconds(300);
        });

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(error.Message, Does.Contain("ran out of time while waiting to try again. 1 attempt was made; the call ran out of time (LineFlexOptions.OverallTimeout) before another."));
            Assert.That(error.Message, Does.Contain("Nothing was delivered."));
        });
        _http.ShouldHaveMadeACall().Times(1);
    }

    [Test]
    public async Task A_retry_after_date_in_the_past_falls_back_to_the_backoff_instead_of_no_wait()
    {
        _http.RespondWith("slow down", 429, new { Retry_After = "Wed, 01 Jan 2020 00:00:00 GMT" }).RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(100), logger);

        await client.SendAsync(Request());

        Assert.That(logger.Lines, Has.One.Match(@"Attempt 2 follows 429 after [1-9]\d* ms"));
    }

    [Test]
    public void A_retry_after_date_is_measured_on_the_client_clock_and_ignored_once_past()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 0, 0, 5, TimeSpan.Zero));

        var ahead = InfobipResilience.RetryAfter(response.Headers, clock);
        clock.Advance(TimeSpan.FromSeconds(10));
        var past = InfobipResilience.RetryAfter(response.Headers, clock);

        Assert.Multiple(() =>
        {
            Assert.That(ahead, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(past, Is.Null);
        });
    }

    [Test]
    public async Task Retry_after_is_honoured()
    {
        _http.RespondWith("slow down", 429, new { Retry_After = "1" }).RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(logger: logger);

        await client.SendAsync(Request());

        Assert.That(logger.Lines, Has.One.Match(@"Attempt 2 follows 429 after 1000 ms"));
    }

    [Test]
    public async Task A_refused_connection_is_retried_because_nothing_was_sent()
    {
        _http.SimulateException(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")).RespondWith(AcceptedBody);
        using var client = Client();

        await client.SendAsync(Request());

        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void A_refused_connection_that_persists_is_a_transport_error()
    {
        _http.SimulateException(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var client = Client(o => o.MaxRetryAttempts = 1);

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.ConnectionRefused));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.EqualTo(2));
            Assert.That(error.InnerException, Is.TypeOf<HttpRequestException>());
        });
    }

    [Test]
    public void A_timeout_is_not_retried_by_default()
    {
        _http.SimulateTimeout().RespondWith(AcceptedBody);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.Timeout));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
        });
        _http.ShouldHaveMadeACall().Times(1);
    }

    [Test]
    public async Task A_timeout_is_retried_when_unsafe_retries_are_on()
    {
        _http.SimulateTimeout().RespondWith(AcceptedBody);
        using var client = Client(o => o.RetryUnsafeFailures = true);

        await client.SendAsync(Request());

        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void A_connection_dropped_mid_response_is_its_own_case()
    {
        _http.SimulateException(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.That(error.Failure, Is.EqualTo(TransportFailure.ConnectionDropped));
        _http.ShouldHaveMadeACall().Times(1);
    }

    [Test]
    public void Cancellation_stops_the_call()
    {
        using var client = Client();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => client.SendAsync(Request(), cancellationToken: cancelled.Token));
    }

    [Test]
    public async Task Delivery_reports_are_pulled_with_their_filters()
    {
        _http.RespondWith("""{"results":[{"bulkId":"b1","messageId":"m1","to":"66855538125","sentAt":"2023-09-26T10:52:15.457+0000","doneAt":"2023-09-26T10:52:15.799+0000","status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET"}}]}""");
        using var client = Client();

        var reports = await client.GetDeliveryReportsAsync(new DeliveryReportQuery
        {
            BulkId = "b1", MessageId = "m1", Limit = 1000, EntityId = "e", ApplicationId = "a", CampaignReferenceId = "c",
        });

        _http.ShouldHaveCalled(BaseUrl + "/line/1/reports")
            .WithVerb(HttpMethod.Get)
            .WithQueryParams(new { bulkId = "b1", messageId = "m1", limit = 1000, entityId = "e", applicationId = "a", campaignReferenceId = "c" })
            .WithHeader("Authorization", "App " + ApiKey);
        Assert.Multiple(() =>
        {
            Assert.That(reports.Single().MessageId, Is.EqualTo("m1"));
            Assert.That(reports.Single().Status!.Group, Is.EqualTo(StatusGroup.Delivered));
        });
    }

    [Test]
    public void Delivery_reports_answered_with_an_html_page_are_a_lineflex_error()
    {
        _http.RespondWith("<!DOCTYPE html><html><body>Welcome to our portal</body></html>", 200, null, "text/html");
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexResponseException>(() => client.GetDeliveryReportsAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<LineFlexException>());
            Assert.That(error.Message, Does.StartWith("Infobip answered GET /line/1/reports with 200, but the body is not a delivery report list: it is an HTML page."));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.EqualTo(1));
        });
    }

    [TestCase(0)]
    [TestCase(1001)]
    public void A_report_limit_outside_1_to_1000_is_refused_before_sending(int limit)
    {
        using var client = Client();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetDeliveryReportsAsync(new DeliveryReportQuery { Limit = limit }));
        _http.ShouldNotHaveMadeACall();
    }

    private static IEnumerable<TestCaseData> ErrorPaths()
    {
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("""{"errorCode":"E401","description":"Invalid login details"}""", 401))).SetName("The key never leaks from a 401");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("<html><body>Bad gateway</body></html>", 502, null, null, false))).SetName("The key never leaks from an HTML 502");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith(string.Empty, 500))).SetName("The key never leaks from an empty 500");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("{\"errorCode\":\"E4", 400))).SetName("The key never leaks from a truncated body");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("<ApiError><errorCode>E403</errorCode></ApiError>", 403))).SetName("The key never leaks from an XML 403");
        yield return new TestCaseData((Action<HttpTest>)(h => h.SimulateTimeout())).SetName("The key never leaks from a timeout");
        yield return new TestCaseData((Action<HttpTest>)(h => h.SimulateException(new HttpRequestException(HttpRequestError.ConnectionError, "refused")))).SetName("The key never leaks from a refused connection");
        yield return new TestCaseData((Action<HttpTest>)(h => h.SimulateException(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")))).SetName("The key never leaks from a dropped connection");
        yield return new TestCaseData((Action<HttpTest>)(h => h.RespondWith("not json", 200))).SetName("The key never leaks from an unreadable success");
    }

    [TestCaseSource(nameof(ErrorPaths))]
    public void The_api_key_never_appears_in_an_error_or_a_log_line(Action<HttpTest> respond)
    {
        respond(_http);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(o => o.MaxRetryAttempts = 1, logger);

        var error = Assert.CatchAsync<LineFlexException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ToString(), Does.Not.Contain(ApiKey));
            Assert.That(error.Message, Does.Not.Contain(ApiKey));
            Assert.That(error.InnerException?.ToString() ?? string.Empty, Does.Not.Contain(ApiKey));
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
            Assert.That(ObjectGraph.Types(error), Has.None.Property("Namespace").StartsWith("Flurl").And.None.AssignableTo<HttpRequestMessage>());
            Assert.That(logger.Lines, Has.None.Contain(ApiKey));
            Assert.That(logger.Lines, Is.Not.Empty);
            Assert.That(client.ToString(), Does.Not.Contain(ApiKey));
        });
    }

    [Test]
    public void Options_never_show_the_key() =>
        Assert.That(Options().ToString(), Does.Not.Contain(ApiKey).And.Contain("ApiKey=(set)"));

    [TestCase("http://lineflex-test.api.infobip.com", "plain HTTP")]
    [TestCase("ftp://example.com", "not an absolute http(s) URL")]
    [TestCase("", "BaseUrl is missing")]
    public void A_base_url_that_is_not_https_is_refused_at_construction(string baseUrl, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(baseUrl, ApiKey))!;

        Assert.That(error.Message, Does.Contain(reason));
    }

    [TestCase("https://xxxxx.api.infobip.com/line/1/messages", "/line/1/messages")]
    [TestCase("https://xxxxx.api.infobip.com/line/1/reports/", "/line/1/reports/")]
    [TestCase("https://gateway.example.com/infobip", "/infobip")]
    [TestCase("https://xxxxx.api.infobip.com/?region=eu", "/?region=eu")]
    [TestCase("http://127.0.0.1:5080/line/1/messages", "/line/1/messages")]
    public void A_base_url_with_a_path_is_refused_at_construction_saying_to_give_the_base_url_only(string baseUrl, string part)
    {
        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(baseUrl, ApiKey))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo(nameof(LineFlexOptions.BaseUrl)));
            Assert.That(error.Message, Does.Contain($"has a path or query ({part})"));
            Assert.That(error.Message, Does.Contain("Give your account's base URL only"));
        });
    }

    [Test]
    public void Every_bad_option_is_named_at_once()
    {
        var options = Options(o =>
        {
            o.BaseUrl = "ftp://example.com";
            o.ApiKey = null;
            o.MaxRetryAttempts = 99;
        });

        var error = Assert.Throws<ArgumentException>(() => options.Validate())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo(nameof(LineFlexOptions.BaseUrl)));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.BaseUrl \"ftp://example.com\" is not an absolute http(s) URL"));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.ApiKey is missing"));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.MaxRetryAttempts is 99"));
        });
    }

    [TestCase(nameof(LineFlexOptions.AttemptTimeout), 0.009, "use 10 ms to 24 hours, or Timeout.InfiniteTimeSpan for no limit")]
    [TestCase(nameof(LineFlexOptions.AttemptTimeout), 86_401.0, "use 10 ms to 24 hours, or Timeout.InfiniteTimeSpan for no limit")]
    [TestCase(nameof(LineFlexOptions.OverallTimeout), 0.009, "use 10 ms to 24 hours, or Timeout.InfiniteTimeSpan for no limit")]
    [TestCase(nameof(LineFlexOptions.OverallTimeout), 60.0 * 24 * 3_600, "use 10 ms to 24 hours, or Timeout.InfiniteTimeSpan for no limit")]
    [TestCase(nameof(LineFlexOptions.RetryBaseDelay), 86_401.0, "use at most 24 hours")]
    [TestCase(nameof(LineFlexOptions.MaxRetryDelay), 86_401.0, "use at most 24 hours")]
    [TestCase(nameof(LineFlexOptions.MaxRetryDelay), -0.001, "use at most 24 hours")]
    public void A_timeout_or_retry_delay_outside_what_the_client_can_wait_is_refused_at_construction_naming_it(string option, double seconds, string advice)
    {
        var options = Options(o => typeof(LineFlexOptions).GetProperty(option)!.SetValue(o, TimeSpan.FromSeconds(seconds)));

        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(options))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo(option));
            Assert.That(error.Message, Does.Contain($"LineFlexOptions.{option} is {TimeSpan.FromSeconds(seconds)}"));
            Assert.That(error.Message, Does.Contain(advice));
        });
    }

    [TestCase(nameof(LineFlexOptions.AttemptTimeout), 0.010)]
    [TestCase(nameof(LineFlexOptions.AttemptTimeout), 86_400.0)]
    [TestCase(nameof(LineFlexOptions.OverallTimeout), -0.001)]
    [TestCase(nameof(LineFlexOptions.RetryBaseDelay), 86_400.0)]
    [TestCase(nameof(LineFlexOptions.MaxRetryDelay), 86_400.0)]
    public void The_edges_of_what_the_client_can_wait_are_accepted(string option, double seconds)
    {
        var options = Options(o => typeof(LineFlexOptions).GetProperty(option)!.SetValue(o, TimeSpan.FromSeconds(seconds)));

        Assert.That(() => new LineFlexClient(options).Dispose(), Throws.Nothing);
    }

    [Test]
    public void Without_retries_the_retry_delays_are_not_checked()
    {
        var options = Options(o =>
        {
            o.MaxRetryAttempts = 0;
            o.RetryBaseDelay = TimeSpan.FromDays(2);
            o.MaxRetryDelay = Timeout.InfiniteTimeSpan;
        });

        Assert.That(() => new LineFlexClient(options).Dispose(), Throws.Nothing);
    }

    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    [TestCase("https://xxxxx.api.infobip.com")]
    [TestCase("https://xxxxx.api.infobip.com/")]
    public void Https_and_loopback_http_are_accepted(string baseUrl)
    {
        using var client = new LineFlexClient(baseUrl, ApiKey);

        Assert.That(client.BaseUrl, Is.EqualTo(new Uri(baseUrl)));
    }

    [Test]
    public void A_missing_key_is_refused_at_construction() =>
        Assert.That(() => new LineFlexClient(BaseUrl, " "), Throws.ArgumentException.With.Message.Contains("ApiKey is missing"));

    [Test]
    public async Task Each_call_is_logged_with_method_path_status_and_duration_but_no_content()
    {
        _http.RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(logger: logger);

        await client.SendAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(logger.Lines, Has.One.Match(@"^Debug: POST /line/1/messages answered 200 in \d+ ms \(1 attempt\(s\)\)$"));
            Assert.That(logger.Lines, Has.None.Contain("Purchase complete"));
            Assert.That(logger.Lines, Has.None.Contain("66855538125"));
        });
    }

    [Test]
    public async Task Content_is_logged_only_when_asked_for()
    {
        _http.RespondWith(AcceptedBody);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = Client(o => o.LogMessageContent = true, logger);

        await client.SendAsync(Request());

        Assert.That(logger.Lines, Has.Some.Contain("Purchase complete"));
    }

    [Test]
    public async Task An_http_client_from_a_factory_is_used_and_not_disposed()
    {
        _http.RespondWith(AcceptedBody).RespondWith(AcceptedBody);
        using var httpClient = new HttpClient();
        using (var client = new LineFlexClient(httpClient, Options()))
        {
            await client.SendAsync(Request());
        }

        using var again = new LineFlexClient(httpClient, Options());
        await again.SendAsync(Request());
        _http.ShouldHaveMadeACall().Times(2);
    }

    [Test]
    public void The_status_of_an_api_error_is_an_http_status_code()
    {
        _http.RespondWith("{}", 403);
        using var client = Client();

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.That(error.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
