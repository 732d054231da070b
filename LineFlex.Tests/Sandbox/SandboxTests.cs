using LineFlex.Sandbox;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Sandbox;

/// <summary>POST /line/1/messages: authentication, parsing, validation, the 200 answer, and what the sandbox records.</summary>
public class SandboxTests : SandboxFixture
{
    [Test]
    public void The_base_url_is_on_the_loopback_address_with_a_trailing_slash()
    {
        Assert.That(_server.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(_server.BaseUrl.Port, Is.GreaterThan(0));
        Assert.That(_server.BaseUrl.AbsolutePath, Is.EqualTo("/"));
    }

    [Test]
    public async Task Every_answer_says_it_comes_from_a_sandbox_so_a_client_can_tell_it_from_Infobip()
    {
        _server.Faults.Enqueue(SandboxFault.HtmlBody(502));
        using var faulted = await _client.PostMessagesAsync(SandboxClient.SeedRequest());
        using var accepted = await _client.PostMessagesAsync(SandboxClient.SeedRequest());
        using var refused = await _client.PostMessagesAsync(SandboxClient.SeedRequest(), authorization: null);
        using var reports = await _client.GetReportsAsync();
        using var notFound = await _client.GetAsync("line/2/nowhere");
        using var inbox = await _client.GetAsync(string.Empty, authorization: null);

        Assert.Multiple(() =>
        {
            foreach (var response in new[] { faulted, accepted, refused, reports, notFound, inbox })
            {
                Assert.That(
                    response.Headers.TryGetValues("LineFlex-Sandbox", out var values) ? values : [],
                    Is.EqualTo(new[] { "true" }),
                    $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}");
            }
        });
    }

    [Test]
    public async Task Post_without_authorization_answers_401()
    {
        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest(), authorization: null);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Is.EqualTo(
            "{\"errorCode\":\"E401\",\"description\":\"Invalid login details\",\"action\":\"Check the Authorization header: App <api key>.\","
            + "\"violations\":[],\"resources\":[{\"name\":\"API Authentication\",\"url\":\"https://www.infobip.com/docs/essentials/api-authentication\"}]}"));
        Assert.That(_server.Accepted, Is.Empty);
    }

    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("App ")]
    [TestCase("test-key")]
    public async Task Post_with_another_scheme_or_an_empty_key_answers_401(string authorization)
    {
        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest(), authorization);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Post_with_the_wrong_key_answers_401_when_a_key_is_configured()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = "right-key" });
        using var client = new SandboxClient(server);

        using var wrong = await client.PostMessagesAsync(SandboxClient.SeedRequest(), "App wrong-key");
        using var right = await client.PostMessagesAsync(SandboxClient.SeedRequest(), "App right-key");

        Assert.That((int)wrong.StatusCode, Is.EqualTo(401));
        Assert.That((int)right.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Post_with_an_alt_text_of_401_characters_answers_400_naming_the_property()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["content"]!["altText"] = new string('a', 401);

        using var response = await _client.PostMessagesAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.That((string?)body["errorCode"], Is.EqualTo("E400"));
        Assert.That((string?)body["description"], Is.EqualTo("Request cannot be processed."));
        Assert.That((string?)body["action"], Is.EqualTo("Check the syntax, violations and adjust the request."));
        var violations = (JArray)body["violations"]!;
        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That((string?)violations[0]["property"], Is.EqualTo("messages[0].content.altText"));
        Assert.That((string?)violations[0]["violation"], Does.Contain("400"));
        Assert.That(_server.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_of_an_invalid_request_is_accepted_when_validation_is_off()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ValidateRequests = false });
        using var client = new SandboxClient(server);
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["content"]!["altText"] = new string('a', 401);

        using var response = await client.PostMessagesAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Post_of_malformed_json_answers_400_naming_the_path()
    {
        using var response = await _client.PostMessagesAsync("{\"messages\":[{\"sender\":\"OA\",\"destinations\":[{\"to\":");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.That((string?)body["errorCode"], Is.EqualTo("E400"));
        var violations = (JArray)body["violations"]!;
        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That((string?)violations[0]["property"], Is.EqualTo("messages[0].destinations[0].to"));
        Assert.That((string?)violations[0]["violation"], Is.Not.Empty);
    }

    [Test]
    public async Task Post_of_an_unknown_property_answers_400_naming_it()
    {
        var request = SandboxClient.SeedRequest();
        request["messages"]![0]!["colour"] = "red";

        using var response = await _client.PostMessagesAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var violations = (JArray)(await SandboxClient.ReadJsonAsync(response))["violations"]!;
        Assert.That((string?)violations[0]["property"], Does.StartWith("messages[0]"));
        Assert.That((string?)violations[0]["violation"], Does.Contain("colour"));
    }

    [Test]
    public async Task Post_of_the_seed_request_answers_200_pending_accepted_with_generated_ids()
    {
        using var response = await _client.PostMessagesAsync(SandboxClient.SeedRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var body = await SandboxClient.ReadJsonAsync(response);
        var bulkId = (string?)body["bulkId"];
        Assert.That(bulkId, Is.Not.Null.And.Not.Empty);
        var messages = (JArray)body["messages"]!;
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That((string?)messages[0]["messageId"], Is.Not.Null.And.Not.Empty);
        Assert.That((string?)messages[0]["destination"], Is.EqualTo("66855538125"));
        Assert.That(messages[0]["status"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo(
            "{\"groupId\":1,\"groupName\":\"PENDING\",\"id\":26,\"name\":\"PENDING_ACCEPTED\",\"description\":\"Message sent to next instance\"}"));

        var accepted = _server.Accepted.Single();
        Assert.That(accepted.BulkId, Is.EqualTo(bulkId));
        Assert.That(accepted.MessageId, Is.EqualTo((string?)messages[0]["messageId"]));
        Assert.That(accepted.To, Is.EqualTo("66855538125"));
        Assert.That(accepted.Message.Sender, Is.EqualTo("OFFICIAL-ACCOUNT-ID-123"));
    }

    [Test]
    public async Task Post_keeps_the_given_bulk_id_and_message_ids_and_answers_every_destination_in_order()
    {
        var request = SandboxClient.SeedRequest();
        request["options"] = new JObject { ["schedule"] = new JObject { ["bulkId"] = "my-bulk" } };
        request["messages"]![0]!["destinations"] = new JArray(
            new JObject { ["to"] = "66855538125", ["messageId"] = "first" },
            new JObject { ["to"] = "66855538126" });
        var second = (JObject)request["messages"]![0]!.DeepClone();
        second["destinations"] = new JArray(new JObject { ["to"] = "66855538127", ["messageId"] = "third" });
        ((JArray)request["messages"]!).Add(second);

        using var response = await _client.PostMessagesAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var body = await SandboxClient.ReadJsonAsync(response);
        Assert.That((string?)body["bulkId"], Is.EqualTo("my-bulk"));
        var messages = (JArray)body["messages"]!;
        Assert.That(messages.Select(m => (string?)m["destination"]), Is.EqualTo(new[] { "66855538125", "66855538126", "66855538127" }));
        Assert.That((string?)messages[0]["messageId"], Is.EqualTo("first"));
        Assert.That((string?)messages[1]["messageId"], Is.Not.Empty.And.Not.EqualTo("first"));
        Assert.That((string?)messages[2]["messageId"], Is.EqualTo("third"));
        Assert.That(_server.Accepted.Select(a => a.MessageId), Is.EqualTo(messages.Select(m => (string?)m["messageId"])));
        Assert.That(_server.Accepted.Select(a => a.BulkId).Distinct(), Is.EqualTo(new[] { "my-bulk" }));
    }

    [Test]
    public async Task Received_records_the_method_path_authorization_header_and_body()
    {
        var json = SandboxClient.SeedRequest().ToString(Newtonsoft.Json.Formatting.None);

        using var response = await _client.PostMessagesAsync(json, "App secret-key-123");

        var received = _server.Received.Single();
        Assert.That(received.Method, Is.EqualTo("POST"));
        Assert.That(received.PathAndQuery, Is.EqualTo("/line/1/messages"));
        Assert.That(received.Headers["authorization"], Is.EqualTo("App secret-key-123"));
        Assert.That(received.Headers["Content-Type"], Does.StartWith("application/json"));
        Assert.That(received.Body, Is.EqualTo(json));
    }

    [Test]
    public async Task Received_is_a_snapshot_in_arrival_order_including_rejected_calls()
    {
        using (await _client.PostMessagesAsync("{"))
        {
        }

        var before = _server.Received;
        using (await _client.GetReportsAsync("?limit=5"))
        {
        }

        Assert.That(before, Has.Count.EqualTo(1));
        Assert.That(_server.Received.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/line/1/messages", "/line/1/reports?limit=5" }));
    }

    [Test]
    public async Task An_unknown_path_answers_404_api_error()
    {
        using var response = await _client.GetAsync("sms/2/text/advanced");

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That((string?)(await SandboxClient.ReadJsonAsync(response))["errorCode"], Is.EqualTo("E404"));
    }

    [Test]
    public async Task A_get_on_the_messages_path_answers_405_naming_the_method_to_use()
    {
        using var response = await _client.GetAsync("line/1/messages");

        Assert.That((int)response.StatusCode, Is.EqualTo(405));
        Assert.That(response.Content.Headers.Allow, Is.EqualTo(new[] { "POST" }));
        Assert.That((string?)(await SandboxClient.ReadJsonAsync(response))["errorCode"], Is.EqualTo("E405"));
    }

    [Test]
    public void Starting_on_a_taken_port_throws_a_teaching_io_exception()
    {
        var options = new SandboxOptions { Port = _server.BaseUrl.Port };

        var exception = Assert.ThrowsAsync<IOException>(async () => await SandboxServer.StartAsync(options));

        Assert.That(exception!.Message, Does.Contain(_server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(exception.Message, Does.Contain("0 to let the system pick"));
    }

    [Test]
    public async Task Stopping_completes_wait_for_shutdown_and_closes_the_port()
    {
        var waiting = _server.WaitForShutdownAsync();
        Assert.That(waiting.IsCompleted, Is.False);

        await _server.StopAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(async () => await _client.PostMessagesAsync(SandboxClient.SeedRequest()), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Cancelling_wait_for_shutdown_stops_the_sandbox()
    {
        using var cancellation = new CancellationTokenSource();
        var waiting = _server.WaitForShutdownAsync(cancellation.Token);

        await cancellation.CancelAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(async () => await _client.PostMessagesAsync(SandboxClient.SeedRequest()), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public void The_sandbox_does_not_reference_the_transport()
    {
        var references = typeof(SandboxServer).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(references, Does.Not.Contain("LineFlex.Transport"));
    }
}
