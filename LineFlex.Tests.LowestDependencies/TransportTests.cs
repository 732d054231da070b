using Flurl.Http.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LineFlex.Tests.LowestDependencies;

/// <summary>The transport on its floors of Flurl.Http and Microsoft.Extensions.*: sending, retrying, errors, reports, DI.</summary>
public class TransportTests
{
    private const string BaseUrl = "https://lineflex-test.api.infobip.com";
    private const string ApiKey = "test-api-key-3f9c2a7e5d";
    private const string Accepted = """
        {"bulkId":"bulk-1","messages":[{"messageId":"m-1","destination":"66855538125","status":{"groupId":1,"groupName":"PENDING","id":7,"name":"PENDING_ENROUTE"}}]}
        """;

    private static LineRequest Request() =>
        FlexJson.Deserialize<LineRequest>(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seed-request.json")));

    private static LineFlexOptions Options() => new() { BaseUrl = BaseUrl, ApiKey = ApiKey, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };

    [Test]
    public async Task A_503_is_retried_and_the_answer_read()
    {
        using var http = new HttpTest();
        http.RespondWith("busy", 503).RespondWith(Accepted);
        using var client = new LineFlexClient(Options());

        var sent = await client.SendAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(sent.BulkId, Is.EqualTo("bulk-1"));
            Assert.That(sent.Messages.Single().Status!.Name, Is.EqualTo("PENDING_ENROUTE"));
        });
        http.ShouldHaveCalled(BaseUrl + "/line/1/messages").WithHeader("Authorization", "App " + ApiKey).Times(2);
    }

    [Test]
    public void An_api_error_is_a_typed_exception_with_its_violations()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"errorCode":"E400","description":"Request cannot be processed.","violations":[{"property":"messages[0].sender","violation":"must not be blank"}]}""", 400);
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ErrorCode, Is.EqualTo("E400"));
            Assert.That(error.Violations.Single().Property, Is.EqualTo("messages[0].sender"));
        });
    }

    [Test]
    public async Task Delivery_reports_are_pulled_and_parsed()
    {
        using var http = new HttpTest();
        http.RespondWith("""{"results":[{"messageId":"m-1","sentAt":"2023-09-26T10:52:15.457+0000","status":{"groupName":"DELIVERED","name":"DELIVERED_TO_HANDSET"}}]}""");
        using var client = new LineFlexClient(Options());

        var reports = await client.GetDeliveryReportsAsync(new DeliveryReportQuery { BulkId = "bulk-1" });

        Assert.Multiple(() =>
        {
            Assert.That(reports.Single().Status!.Group, Is.EqualTo(StatusGroup.Delivered));
            Assert.That(reports.Single().SentAt, Is.EqualTo(new DateTimeOffset(2023, 9, 26, 10, 52, 15, 457, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task The_client_registered_with_AddLineFlex_is_bound_from_configuration_and_sends()
    {
        using var http = new HttpTest();
        http.RespondWith(Accepted);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LineFlex:BaseUrl"] = BaseUrl, ["LineFlex:ApiKey"] = ApiKey, ["LineFlex:MaxRetryAttempts"] = "5" })
            .Build();
        var services = new ServiceCollection();
        services.AddLineFlex(configuration.GetSection("LineFlex"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILineFlexClient>().SendAsync(Request());

        Assert.That(provider.GetRequiredService<IOptions<LineFlexOptions>>().Value.MaxRetryAttempts, Is.EqualTo(5));
        http.ShouldHaveCalled(BaseUrl + "/line/1/messages").WithHeader("Authorization", "App " + ApiKey);
    }

    [Test]
    public void Options_without_a_key_fail_the_start_with_one_message()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(o => o.BaseUrl = BaseUrl);
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IStartupValidator>().Validate(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("ApiKey"));
    }
}
