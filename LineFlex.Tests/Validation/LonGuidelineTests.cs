using Microsoft.Extensions.DependencyInjection;

namespace LineFlex.Tests.Validation;

/// <summary>
/// The guidelines of LINE Official Notification templates (LF510 to LF515) are warnings, on by default, and each can be
/// turned off by code: from the façade, the public validators and the client's options. Their bad and good inputs are
/// cases of <see cref="RuleCases"/>, checked by <see cref="RuleTests"/>.
/// </summary>
public class LonGuidelineTests
{
    private static readonly string[] LonCodes = [.. FlexRules.LonGuidelines.Select(r => r.Code)];

    private static IEnumerable<RuleCase> LonCases() => RuleCases.All().Where(c => FlexRules.LonGuidelines.Contains(c.Rule));

    [TestCaseSource(nameof(LonCases))]
    public void A_guideline_turned_off_by_code_reports_nothing(RuleCase rule)
    {
        var validator = new FlexValidator(new FlexValidatorOptions().Ignore(LonCodes), new FixedClock(FixedClock.Now));

        var report = validator.Validate(rule.Bad());

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(LonCases))]
    public void A_guideline_is_a_warning_that_does_not_stop_a_send(RuleCase rule)
    {
        var report = new FlexValidator(new FixedClock(FixedClock.Now)).Validate(rule.Bad());

        Assert.Multiple(() =>
        {
            Assert.That(report.IsValid, Is.True, report.ToString());
            Assert.That(report.Warnings.Select(w => w.Code), Does.Contain(rule.Rule.Code));
        });
    }

    [Test]
    public void The_public_validators_leave_out_the_rules_turned_off()
    {
        var bubble = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "Hi" }, new FlexImage { Url = "https://example.com/a.png" }] } };
        var options = new FlexValidatorOptions().Ignore("LF510", "LF511").Ignore("LF513");

        var bubbleCodes = new FlexBubbleValidator(options).Validate(bubble).Errors.Select(f => f.ErrorCode);
        var message = new LineMessage { Sender = "acc", Destinations = [new LineDestination { To = "66812345678" }], Content = new LineNotificationContent { AltText = "Hi", Contents = bubble } };
        var messageCodes = new LineMessageValidator(options).Validate(message).Errors.Select(f => f.ErrorCode);
        var defaultCodes = new FlexBubbleValidator().Validate(bubble).Errors.Select(f => f.ErrorCode);

        Assert.Multiple(() =>
        {
            Assert.That(bubbleCodes, Is.Empty);
            Assert.That(messageCodes, Is.Empty);
            Assert.That(defaultCodes, Is.EquivalentTo(new[] { "LF510", "LF511", "LF513" }));
            Assert.That(options.Ignored, Is.EqualTo(new[] { "LF510", "LF511", "LF513" }));
        });
    }

    [Test]
    public void A_rule_turned_off_on_the_client_is_left_out_of_its_checks_before_a_send()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(o => { o.BaseUrl = "https://example.api.infobip.com"; o.ApiKey = "key"; o.Validation.Ignore("LF513"); });
        using var provider = services.BuildServiceProvider();
        var message = Minimal.WithBody(new FlexText { Text = "Hi" }, Minimal.Photo).Messages![0];

        var report = provider.GetRequiredService<SendValidator>().ValidateAsync(message).GetAwaiter().GetResult();

        Assert.That(report.Warnings.Select(w => w.Code), Does.Not.Contain("LF513").And.Contain("LF510"));
    }

    [TestCase("LF899")]
    [TestCase("lf804")]
    [TestCase("")]
    public void An_unknown_code_is_refused_naming_it(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new FlexValidatorOptions().Ignore(code));

        Assert.That(error!.Message, Does.Contain($"\"{code}\" is not the code of a LineFlex rule").And.Contain("LF513"));
    }

    [Test]
    public void A_bubble_in_LONs_shape_has_no_finding()
    {
        FlexBubble bubble = Flex.Bubble()
            .LineHeader()
            .Body(b => b
                .Text("Purchase complete", t => t.Size("lg").Weight(FontWeight.Bold).Wrap())
                .Text("Thank you for your purchase. We have successfully received your order.", t => t.Wrap())
                .Button(Flex.Uri("Order details", "https://example.com/orders/1")))
            .LineFooter();

        Assert.That(FlexValidator.Default.Validate(bubble).Findings, Is.Empty);
    }

    [Test]
    public void A_brand_header_with_the_title_in_it_warns_at_the_header_and_the_body()
    {
        FlexBubble bubble = Flex.Bubble()
            .Header(h => h.Text("ACME").Text("Order shipped"))
            .Body(b => b.Separator().Text("Your order is on its way."))
            .Style(s => s.Header(backgroundColor: "#06C755"));

        var report = FlexValidator.Default.Validate(bubble);

        Assert.Multiple(() =>
        {
            Assert.That(report.IsValid, Is.True);
            Assert.That(report.Warnings.Select(w => $"{w.Code} {w.Path}"), Is.EqualTo(new[] { "LF510 header", "LF511 footer", "LF512 body.contents[0]" }));
            Assert.That(report.Warnings[0].Message, Does.Contain("\"ACME | Order shipped\"").And.Contain(".LineHeader()"));
        });
    }
}
