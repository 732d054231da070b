using System.Net;
using System.Text;
using LineFlex.Samples.Webhook;
using LineFlex.Sandbox;
using LineFlex.Tests.Transport.Parsing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LineFlex.Tests.Gallery;

/// <summary>The webhook example of docs/delivery-reports.md receives Infobip's delivery reports, as JSON and as XML.</summary>
public class WebhookSampleTests
{
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(10);

    private WebApplicationFactory<DeliveryReportInbox> _app = null!;

    [SetUp]
    public void StartTheSample() => _app = new WebApplicationFactory<DeliveryReportInbox>();

    [TearDown]
    public async Task StopTheSample() => await _app.DisposeAsync();

    private DeliveryReportInbox Inbox => _app.Services.GetRequiredService<DeliveryReportInbox>();

    [TestCase(DeliveryReportSamples.ReferenceJson, "application/json")]
    [TestCase(DeliveryReportSamples.ReferenceXml, "application/xml; charset=utf-8")]
    public async Task A_report_body_is_answered_200_and_its_report_is_kept(string body, string contentType)
    {
        using var client = _app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var answer = await client.PostAsync(new Uri("/line/delivery-reports", UriKind.Relative), content);
        using var timeout = new CancellationTokenSource(ArrivalTimeout);
        var report = await Inbox.ReadAsync(timeout.Token);

        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.MessageId, Is.EqualTo("2250be2d4219-3af1-78856-aabe-1362af1edfd2"));
            Assert.That(report.Status!.Group, Is.EqualTo(StatusGroup.Delivered));
            Assert.That(report.Error!.Group, Is.EqualTo(ErrorGroup.Ok));
            Assert.That(report.CallbackData, Is.EqualTo("order-42"));
            Assert.That(report.SentAt, Is.EqualTo(new DateTimeOffset(2023, 9, 26, 10, 52, 15, 457, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task An_unreadable_body_is_answered_400_naming_what_is_wrong()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("""{"results":[{"sentAt":"yesterday"}]}""", Encoding.UTF8, "application/json");

        using var answer = await client.PostAsync(new Uri("/line/delivery-reports", UriKind.Relative), content);

        Assert.Multiple(async () =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("results[0].sentAt"));
        });
    }

    [TestCase(null)]
    [TestCase("application/xml")]
    public async Task The_sandbox_posts_a_sent_messages_report_to_the_sample(string? contentType)
    {
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.Zero });
        using var client = new LineFlexClient(sandbox.BaseUrl.AbsoluteUri, "any-key");
        var message = Flex.Message()
            .Sender("OFFICIAL-ACCOUNT-ID-123")
            .To("66855538125", messageId: "order-42")
            .AltText("Your order has shipped.")
            .Bubble(b => b.Body(body => body.Text("Your order has shipped.")))
            .Webhooks(w =>
            {
                w.Delivery(address.TrimEnd('/') + "/line/delivery-reports").CallbackData("order=42");
                if (contentType is not null)
                {
                    w.ContentType(contentType);
                }
            })
            .Build();

        await client.SendAsync(message);
        using var timeout = new CancellationTokenSource(ArrivalTimeout);
        var report = await Inbox.ReadAsync(timeout.Token);

        Assert.Multiple(() =>
        {
            Assert.That(report.MessageId, Is.EqualTo("order-42"));
            Assert.That(report.CallbackData, Is.EqualTo("order=42"));
            Assert.That(report.Status!.Group, Is.EqualTo(StatusGroup.Delivered));
        });
    }
}
