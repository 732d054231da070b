using FluentValidation;

namespace LineFlex.Tests.Validation;

/// <summary>
/// Every node type has its FluentValidation validator. Inside a request, nodes are checked where they stand by their
/// type's checks; on its own, a node goes through its validator. Both must find the same.
/// </summary>
public class NodeValidatorTests
{
    private static readonly TimeProvider Clock = new FixedClock(FixedClock.Now);

    /// <summary>The every-option request with a rule broken in every node that holds values.</summary>
    private static LineRequest BrokenEverywhere()
    {
        var request = TestData.EveryOptionRequest();
        var message = request.Messages![0];
        var options = message.Options!;
        var failover = options.SmsFailover!;
        var regional = failover.Regional!;
        var schedule = request.Options!.Schedule!;
        var broken = message with
        {
            Destinations = ValueList.Create([message.Destinations![0], message.Destinations[1] with { To = "+66 855 538 126" }]),
            Content = message.Content! with
            {
                AltText = " ",
                Contents = message.Content.Contents! with
                {
                    Body = Flex.Box(BoxLayout.Vertical, b => b.Text("first", t => t.Flex(25)).Flex(21)),
                },
            },
            Options = options with
            {
                CampaignReferenceId = new string('c', 256),
                Platform = options.Platform! with { EntityId = new string('e', 256) },
                ValidityPeriod = options.ValidityPeriod! with { Amount = 0 },
                DeliveryTimeWindow = options.DeliveryTimeWindow! with { Days = ValueList<DeliveryDay>.Empty, From = new DeliveryTime { Hour = 25, Minute = 0 } },
                SmsFailover = failover with
                {
                    Text = string.Empty,
                    ValidityPeriod = failover.ValidityPeriod! with { Amount = 100, TimeUnit = ValidityPeriodTimeUnit.Hours },
                    Regional = regional with
                    {
                        IndiaDlt = regional.IndiaDlt! with { PrincipalEntityId = string.Empty },
                        TurkeyIys = regional.TurkeyIys! with { RecipientType = null },
                        SouthKorea = regional.SouthKorea! with { ResellerCode = 12 },
                    },
                },
            },
            Webhooks = message.Webhooks! with
            {
                ContentType = "text/plain",
                Delivery = message.Webhooks.Delivery! with { Url = "ftp://example.com/reports" },
            },
        };
        return request with
        {
            Messages = ValueList.Create([broken]),
            Options = request.Options with
            {
                Schedule = schedule with
                {
                    BulkId = new string('b', 101),
                    SendingSpeedLimit = schedule.SendingSpeedLimit! with { Amount = 0 },
                },
            },
        };
    }

    private static IEnumerable<TestCaseData> Nodes()
    {
        var request = BrokenEverywhere();
        var message = request.Messages![0];
        var options = message.Options!;
        var failover = options.SmsFailover!;
        TestCaseData Case(string path, object node, IValidator validator) => new TestCaseData(path, node, validator).SetArgDisplayNames(path);

        yield return Case("messages[0]", message, new LineMessageValidator());
        yield return Case("messages[0].destinations[1]", message.Destinations![1], new DestinationValidator());
        yield return Case("messages[0].content", message.Content!, new ContentValidator());
        yield return Case("messages[0].content.contents", message.Content!.Contents!, new FlexBubbleValidator());
        yield return Case("messages[0].content.contents.body", message.Content.Contents!.Body!, new BoxValidator());
        yield return Case("messages[0].content.contents.body.contents[0]", message.Content.Contents.Body!.Contents![0], new TextValidator());
        yield return Case("messages[0].options", options, new MessageOptionsValidator());
        yield return Case("messages[0].options.platform", options.Platform!, new PlatformValidator());
        yield return Case("messages[0].options.validityPeriod", options.ValidityPeriod!, new ValidityPeriodValidator());
        yield return Case("messages[0].options.deliveryTimeWindow", options.DeliveryTimeWindow!, new DeliveryTimeWindowValidator());
        yield return Case("messages[0].options.deliveryTimeWindow.from", options.DeliveryTimeWindow!.From!, new DeliveryTimeValidator());
        yield return Case("messages[0].options.smsFailover", failover, new SmsFailoverValidator());
        yield return Case("messages[0].options.smsFailover.validityPeriod", failover.ValidityPeriod!, new ValidityPeriodValidator());
        yield return Case("messages[0].options.smsFailover.regional", failover.Regional!, new RegionalValidator());
        yield return Case("messages[0].options.smsFailover.regional.indiaDlt", failover.Regional!.IndiaDlt!, new IndiaDltValidator());
        yield return Case("messages[0].options.smsFailover.regional.turkeyIys", failover.Regional.TurkeyIys!, new TurkeyIysValidator());
        yield return Case("messages[0].options.smsFailover.regional.southKorea", failover.Regional.SouthKorea!, new SouthKoreaValidator());
        yield return Case("messages[0].webhooks", message.Webhooks!, new WebhooksValidator());
        yield return Case("messages[0].webhooks.delivery", message.Webhooks!.Delivery!, new DeliveryWebhookValidator());
        yield return Case("options", request.Options!, new RequestOptionsValidator(Clock));
        yield return Case("options.schedule", request.Options!.Schedule!, new ScheduleValidator(Clock));
        yield return Case("options.schedule.sendingSpeedLimit", request.Options.Schedule!.SendingSpeedLimit!, new SendingSpeedLimitValidator());
    }

    [TestCaseSource(nameof(Nodes))]
    public void A_node_s_own_validator_finds_what_validating_the_request_finds_below_it(string path, object node, IValidator validator)
    {
        var inRequest = new FlexValidator(Clock).Validate(BrokenEverywhere()).Findings
            .Where(f => f.Path.StartsWith(path + ".", StringComparison.Ordinal) || f.Path.StartsWith(path + "[", StringComparison.Ordinal) || f.Path == path)
            .Select(f => $"{f.Code} {f.Path}");

        var onItsOwn = validator.Validate(new ValidationContext<object>(node)).Errors
            .Select(e => $"{e.ErrorCode} {path}{(e.PropertyName.Length == 0 ? string.Empty : "." + e.PropertyName)}");

        Assert.That(onItsOwn, Is.Not.Empty, "each node of the request breaks a rule");
        Assert.That(onItsOwn, Is.EquivalentTo(inRequest));
    }
}
