using System.Diagnostics;
using System.Xml.Linq;
using LineFlex.Sandbox;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>Queued faults: each kind answers as it says, in FIFO order, before authentication.</summary>
public class SandboxFaultTests : SandboxFixture
{
    [Test]
    public async Task Too_many_requests_answers_429_with_retry_after_in_whole_seconds()
    {
        _server.Faults.Enqueue(SandboxFault.TooManyRequests(TimeSpan.FromSeconds(1.2)));

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(429));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That((string?)(await SandboxClient.ReadJsonAsync(response))["errorCode"], Is.EqualTo("E429"));
        Assert.That(_server.Accepted, Is.Empty);
    }

    [Test]
    public async Task Too_many_requests_without_a_delay_sends_no_retry_after()
    {
        _server.Faults.Enqueue(SandboxFault.TooManyRequests());

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(429));
        Assert.That(response.Headers.RetryAfter, Is.Null);
    }

    private static IEnumerable<TestCaseData> StatusFaults()
    {
        yield return new TestCaseData(SandboxFault.ServerError(), 500).SetName("Server_error_answers_500_E500");
        yield return new TestCaseData(SandboxFault.BadGateway(), 502).SetName("Bad_gateway_answers_502_E502");
        yield return new TestCaseData(SandboxFault.ServiceUnavailable(), 503).SetName("Service_unavailable_answers_503_E503");
        yield return new TestCaseData(SandboxFault.Forbidden(), 403).SetName("Forbidden_answers_403_E403");
        yield return new TestCaseData(SandboxFault.Status(418), 418).SetName("Status_418_answers_418_E418");
    }

    [TestCaseSource(nameof(StatusFaults))]
    public async Task A_status_fault_answers_its_status_with_an_api_error(SandboxFault fault, int status)
    {
        _server.Faults.Enqueue(fault);

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.That((string?)body["errorCode"], Is.EqualTo("E" + status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That((string?)body["description"], Is.Not.Empty);
        Assert.That(body["violations"], Is.InstanceOf<JArray>());
    }

    [Test]
    public async Task Html_body_answers_an_html_error_page()
    {
        _server.Faults.Enqueue(SandboxFault.HtmlBody());

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(502));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<!DOCTYPE html>").And.Contain("502 Bad Gateway"));
    }

    [Test]
    public async Task Html_body_answers_200_with_a_page_as_a_captive_portal_would()
    {
        _server.Faults.Enqueue(SandboxFault.HtmlBody(200));

        using var response = await _client.GetReportsAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<!DOCTYPE html>").And.Contain("200 OK"));
    }

    [Test]
    public async Task Empty_body_answers_the_status_with_no_body_and_no_content_type()
    {
        _server.Faults.Enqueue(SandboxFault.EmptyBody(503));

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(response.Content.Headers.ContentType, Is.Null);
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task Legacy_envelope_answers_the_request_error_service_exception_shape()
    {
        _server.Faults.Enqueue(SandboxFault.LegacyEnvelope());

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var exception = (await SandboxClient.ReadJsonAsync(response))["requestError"]!["serviceException"]!;
        Assert.That((string?)exception["messageId"], Is.EqualTo("BAD_REQUEST"));
        Assert.That((string?)exception["text"], Is.Not.Empty);
        Assert.That((string?)exception["validationErrors"]!["messages[0].content.altText"]![0], Is.EqualTo("size must be between 0 and 400"));
    }

    [Test]
    public async Task Legacy_envelope_names_the_message_id_after_the_status()
    {
        _server.Faults.Enqueue(SandboxFault.LegacyEnvelope(401));

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        var exception = (await SandboxClient.ReadJsonAsync(response))["requestError"]!["serviceException"]!;
        Assert.That((string?)exception["messageId"], Is.EqualTo("UNAUTHORIZED"));
        Assert.That(((JObject)exception).ContainsKey("validationErrors"), Is.False);
    }

    [Test]
    public async Task Xml_error_answers_an_xml_api_error()
    {
        _server.Faults.Enqueue(SandboxFault.XmlError());

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("ApiError"));
        Assert.That(root.Element("errorCode")?.Value, Is.EqualTo("E500"));
        Assert.That(root.Element("description")?.Value, Is.Not.Empty);
        Assert.That(root.Element("action")?.Value, Is.Not.Empty);
        Assert.That(root.Element("violations"), Is.Not.Null);
        Assert.That(root.Element("resources"), Is.Not.Null);
    }

    [Test]
    public async Task Delay_waits_then_answers_normally()
    {
        _server.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromMilliseconds(300)));
        var stopwatch = Stopwatch.StartNew();

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That(stopwatch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(_server.Accepted, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Delay_outlasting_the_client_timeout_makes_the_client_time_out_and_does_not_slow_stopping()
    {
        _server.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromMinutes(5)));
        using var impatient = new SandboxClient(_server, TimeSpan.FromMilliseconds(200));

        Assert.That(async () => await impatient.PostMessagesAsync(SandboxClient.SeedRequest()), Throws.InstanceOf<TaskCanceledException>());

        var stopwatch = Stopwatch.StartNew();
        await _server.StopAsync();
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
    }

    [Test]
    public async Task A_caller_cancelling_a_delayed_call_sees_an_operation_canceled_exception()
    {
        _server.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromMinutes(5)));
        using var cancel = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "line/1/messages")
        {
            Content = new StringContent(TestData.SeedRequestJson, System.Text.Encoding.UTF8, "application/json"),
        };

        // Cancelled once the call holds the fault: cancelled earlier, it would leave the fault to the next call.
        var call = _client.SendAsync(request, cancellationToken: cancel.Token);
        await WaitUntilAsync(() => _server.Faults.Pending == 0);
        await cancel.CancelAsync();

        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());

        using var next = await _client.PostMessagesAsync(SandboxClient.SeedRequest());
        Assert.That((int)next.StatusCode, Is.EqualTo(200), "the sandbox answers normally after the abandoned call");
    }

    [Test]
    public async Task Stopping_ends_a_delayed_call_in_progress()
    {
        _server.Faults.Enqueue(SandboxFault.Delay(TimeSpan.FromMinutes(5)));
        var call = _client.PostMessagesAsync(SandboxClient.SeedRequest());
        await WaitUntilAsync(() => _server.Received.Count == 1);

        var stopwatch = Stopwatch.StartNew();
        await _server.StopAsync();

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
        Assert.That(async () => await call, Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public void Drop_connection_makes_the_client_throw()
    {
        _server.Faults.Enqueue(SandboxFault.DropConnection());

        Assert.That(
            async () => await _client.PostMessagesAsync(SandboxClient.SeedRequest()),
            Throws.InstanceOf<HttpRequestException>().Or.InstanceOf<IOException>());
    }

    [Test]
    public async Task Deprecated_answers_normally_with_deprecation_and_sunset_headers()
    {
        _server.Faults.Enqueue(SandboxFault.Deprecated("true", "Wed, 01 Jul 2026 00:00:00 GMT"));

        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Headers.GetValues("Deprecation"), Is.EqualTo(new[] { "true" }));
        Assert.That(response.Headers.GetValues("Sunset"), Is.EqualTo(new[] { "Wed, 01 Jul 2026 00:00:00 GMT" }));
    }

    [Test]
    public async Task Faults_are_taken_in_fifo_order_for_the_given_number_of_calls_on_any_path()
    {
        _server.Faults.Enqueue(SandboxFault.ServerError(), times: 2);
        _server.Faults.Enqueue(SandboxFault.BadGateway());
        Assert.That(_server.Faults.Pending, Is.EqualTo(3));

        var statuses = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            using var post = await _client.PostMessagesAsync(SandboxClient.SeedRequest());
            statuses.Add((int)post.StatusCode);
        }

        using (var get = await _client.GetReportsAsync())
        {
            statuses.Add((int)get.StatusCode);
        }

        using (var normal = await _client.PostMessagesAsync(SandboxClient.SeedRequest()))
        {
            statuses.Add((int)normal.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 500, 500, 502, 200 }));
        Assert.That(_server.Faults.Pending, Is.EqualTo(0));
    }

    [Test]
    public async Task A_fault_waits_for_an_authenticated_call_and_that_call_is_recorded()
    {
        _server.Faults.Enqueue(SandboxFault.ServiceUnavailable());

        using var unauthenticated = await _client.PostMessagesAsync(SandboxClient.SeedRequest(), authorization: null);
        using var authenticated = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)unauthenticated.StatusCode, Is.EqualTo(401));
        Assert.That((int)authenticated.StatusCode, Is.EqualTo(503));
        Assert.That(_server.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Clear_removes_every_queued_fault()
    {
        _server.Faults.Enqueue(SandboxFault.ServerError(), times: 3);

        _server.Faults.Clear();
        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That(_server.Faults.Pending, Is.EqualTo(0));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void Wrong_fault_arguments_throw_teaching_errors()
    {
        Assert.That(() => SandboxFault.Status(200), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("400..599"));
        Assert.That(() => SandboxFault.HtmlBody(302), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("400..599"));
        Assert.That(() => SandboxFault.Delay(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => SandboxFault.TooManyRequests(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => SandboxFault.Deprecated("", "x"), Throws.InstanceOf<ArgumentException>());
        Assert.That(() => _server.Faults.Enqueue(SandboxFault.ServerError(), times: 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Clear()"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True, "condition not met within 5 s");
    }
}
