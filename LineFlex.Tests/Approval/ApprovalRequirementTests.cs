using LineFlex.Gallery;
using LineFlex.Tests.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Approval;

/// <summary><c>services.AddFlexTemplates(approvals, ...)</c>: a message built from a template is sent only when it conforms.</summary>
public class ApprovalRequirementTests
{
    private static readonly ApprovedTemplates Approvals = new(ApprovedShape.Of(new ShipmentTracking()));

    private static ServiceProvider Services(Uri baseUrl, bool templatesFirst)
    {
        var services = new ServiceCollection();
        if (templatesFirst)
        {
            services.AddFlexTemplates(Approvals, typeof(Brand).Assembly);
        }

        services.AddLineFlex(o => { o.BaseUrl = baseUrl.AbsoluteUri; o.ApiKey = ApiKey; o.MaxRetryAttempts = 0; });
        if (!templatesFirst)
        {
            services.AddFlexTemplates(Approvals, typeof(Brand).Assembly);
        }

        return services.BuildServiceProvider();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_conforming_template_message_is_sent_whichever_is_registered_first(bool templatesFirst)
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);
        await using var provider = Services(server.BaseUrl, templatesFirst);
        var template = provider.GetRequiredService<ShipmentTracking>();

        await provider.GetRequiredService<ILineFlexClient>().SendAsync(Flex.Message().Sender("acc").To("66812345678").Template(template, template.Sample("th").Model).Build());

        Assert.That(server.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_template_message_that_left_its_approval_is_refused_listing_the_differences_and_nothing_is_sent()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);
        await using var provider = Services(server.BaseUrl, templatesFirst: true);
        var approvedOnlyInThai = new ShipmentTracking();
        var message = Flex.Message().Sender("acc").To("66812345678").Template(approvedOnlyInThai, approvedOnlyInThai.Sample("th").Model).Build();
        var changed = message with { Content = message.Content! with { AltText = "Your order shipped" } };

        var refused = Assert.ThrowsAsync<FlexApprovalException>(() => provider.GetRequiredService<ILineFlexClient>().SendAsync(changed));

        Assert.That(refused!.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.FixedTextChanged, "messages[0].content.altText") }));
        Assert.That(refused.Message, Does.Contain("nothing was sent"));
        Assert.That(refused, Is.InstanceOf<FlexValidationException>(), "one catch for every check before a send");
        Assert.That(server.Received, Is.Empty);
    }

    [Test]
    public async Task In_a_bulk_send_a_template_message_that_left_its_approval_fails_on_its_own_and_the_others_are_sent()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);
        await using var provider = Services(server.BaseUrl, templatesFirst: false);
        var template = provider.GetRequiredService<ShipmentTracking>();
        var message = Flex.Message().Sender("acc").To("66812345678").Template(template, template.Sample("th").Model).Build();
        var changed = message with { Content = message.Content! with { AltText = "Your order shipped" } };

        var outcome = await provider.GetRequiredService<ILineFlexClient>().SendAllAsync([changed, message]);
        var items = outcome.Items.OrderBy(i => i.Index).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items[0].Error, Is.InstanceOf<FlexApprovalException>());
            Assert.That(((FlexApprovalException)items[0].Error!).Differences.Single().Path, Is.EqualTo("content.altText"));
            Assert.That(items[1].Error, Is.Null);
            Assert.That(server.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_message_not_built_from_a_template_is_sent_unchecked()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);
        await using var provider = Services(server.BaseUrl, templatesFirst: true);
        var json = JObject.Parse(FlexJson.Serialize(new ShipmentTracking().BuildSample("th")));
        json["content"]!["altText"] = "Free-form";
        var message = FlexJson.Deserialize<LineMessage>(json.ToString()) with { Sender = "acc", Destinations = ValueList.Create([new LineDestination { To = "66812345678" }]) };

        await provider.GetRequiredService<ILineFlexClient>().SendAsync(message);

        Assert.That(server.Received, Has.Count.EqualTo(1));
    }
}
