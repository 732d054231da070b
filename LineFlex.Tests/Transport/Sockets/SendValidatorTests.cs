using FluentValidation;
using LineFlex.Gallery;
using LineFlex.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>
/// A team's validators added with <c>services.AddLineFlexValidator&lt;T&gt;()</c> run before every send, alongside
/// LineFlex's rules, against a real sandbox on 127.0.0.1: a message breaking one is not sent.
/// </summary>
public class SendValidatorTests
{
    /// <summary>The shop's rule: every altText starts with its name.</summary>
    internal sealed class ShopRules : LineFlexValidator<LineMessage>
    {
        public ShopRules() =>
            RuleFor(m => m.Content!.AltText).Must(text => text?.StartsWith("Acme", StringComparison.Ordinal) == true)
                .When(m => m.Content is not null)
                .WithErrorCode("SHOP1")
                .WithMessage("altText starts with the shop's name, Acme.");
    }

    /// <summary>A rule on the whole request, on FluentValidation's own base class, with an asynchronous check.</summary>
    private sealed class AtMostTwoMessages : AbstractValidator<LineRequest>
    {
        public AtMostTwoMessages() =>
            RuleFor(r => r.Messages).MustAsync((messages, _) => Task.FromResult(messages is not { Count: > 2 })).WithErrorCode("SHOP2");
    }

    private SandboxServer _sandbox = null!;
    private ServiceProvider _provider = null!;

    [SetUp]
    public async Task Start()
    {
        _sandbox = await SandboxServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLineFlex(o =>
        {
            o.BaseUrl = _sandbox.BaseUrl.AbsoluteUri;
            o.ApiKey = ApiKey;
            o.MaxRetryAttempts = 0;
        });
        services.AddLineFlexValidator<ShopRules>();
        services.AddLineFlexValidator<AtMostTwoMessages>();
        _provider = services.BuildServiceProvider();
    }

    [TearDown]
    public async Task Stop()
    {
        await _provider.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private static LineMessage Message(string altText) => new()
    {
        Sender = "OFFICIAL-ACCOUNT-ID-123",
        Destinations = [new LineDestination { To = "66855538125" }],
        Content = new LineNotificationContent
        {
            AltText = altText,
            Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "Hi" }] } },
        },
    };

    [Test]
    public void A_message_breaking_a_team_rule_is_not_sent()
    {
        var client = _provider.GetRequiredService<ILineFlexClient>();

        var error = Assert.ThrowsAsync<FlexValidationException>(() => client.SendAsync(Message("Your order has shipped")));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Report.Errors.Select(e => $"{e.Code} {e.Path}"), Is.EqualTo(new[] { "SHOP1 messages[0].content.altText" }));
            Assert.That(_sandbox.Received, Is.Empty, "nothing leaves");
        });
    }

    [Test]
    public void A_team_rule_and_LineFlexs_are_reported_together()
    {
        var client = _provider.GetRequiredService<ILineFlexClient>();
        var request = new LineRequest { Messages = [Message("Acme: shipped"), Message("Shipped") with { Sender = null }, Message("Acme: shipped")] };

        var error = Assert.ThrowsAsync<FlexValidationException>(() => client.SendAsync(request));

        Assert.Multiple(() =>
        {
            Assert.That(
                error!.Report.Errors.Select(e => $"{e.Code} {e.Path}"),
                Is.EqualTo(new[] { "LF102 messages[1].sender", "SHOP2 messages", "SHOP1 messages[1].content.altText" }));
            Assert.That(_sandbox.Received, Is.Empty, "nothing leaves");
        });
    }

    [Test]
    public async Task A_message_keeping_every_rule_is_sent()
    {
        var client = _provider.GetRequiredService<ILineFlexClient>();

        await client.SendAsync(Message("Acme: your order has shipped"));

        Assert.That(_sandbox.Accepted, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_bulk_message_breaking_a_team_rule_fails_on_its_own_and_the_others_are_sent()
    {
        var client = _provider.GetRequiredService<ILineFlexClient>();

        var outcome = await client.SendAllAsync([Message("Acme: one"), Message("two"), Message("Acme: three")]);
        var items = outcome.Items.OrderBy(i => i.Index).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Error?.GetType()), Is.EqualTo(new[] { null, typeof(FlexValidationException), null }));
            Assert.That(((FlexValidationException)items[1].Error!).Report.Errors.Single().Path, Is.EqualTo("content.altText"));
            Assert.That(_sandbox.Accepted, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task A_template_message_that_left_its_approval_is_refused_with_the_approval_exception_and_not_sent()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(o => { o.BaseUrl = _sandbox.BaseUrl.AbsoluteUri; o.ApiKey = ApiKey; o.MaxRetryAttempts = 0; });
        services.AddFlexTemplates(new ApprovedTemplates(ApprovedShape.Of(new ShipmentTracking())), typeof(ShipmentTracking).Assembly);
        await using var provider = services.BuildServiceProvider();
        var template = provider.GetRequiredService<ShipmentTracking>();
        var message = Flex.Message().Sender("OFFICIAL-ACCOUNT-ID-123").To("66855538125").Template(template, template.Sample("th").Model).Build();
        var changed = message with { Content = message.Content! with { AltText = "Your order shipped" } };
        var client = provider.GetRequiredService<ILineFlexClient>();

        var error = Assert.ThrowsAsync<FlexApprovalException>(() => client.SendAsync(changed));
        await client.SendAsync(message);

        Assert.Multiple(() =>
        {
            Assert.That(error!.Differences.Select(d => $"{d.Code} {d.Path}"), Is.EqualTo(new[] { "LFA01 messages[0].content.altText" }));
            Assert.That(error.Report.Errors.Select(e => e.Code), Is.EqualTo(new[] { "LFA01" }));
            Assert.That(_sandbox.Accepted, Has.Count.EqualTo(1), "only the conforming message left");
        });
    }

    [Test]
    public void A_validator_of_anything_else_is_refused_when_added()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddLineFlexValidator<InlineValidator<FlexBubble>>());

        Assert.That(error!.Message, Does.Contain("validates neither a LineMessage nor a LineRequest"));
    }
}
