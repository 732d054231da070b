namespace LineFlex.Tests.Validation;

/// <summary>The validator's public behaviour: whole requests and single nodes, reports, exceptions, and that it never throws.</summary>
public class ValidatorTests
{
    private static readonly FlexValidator Validator = LonGuidelinesOff.Validator(new FixedClock(FixedClock.Now));

    [Test]
    public void The_seed_request_passes_with_no_findings()
    {
        var report = new FlexValidator(new FixedClock(FixedClock.Now)).Validate(FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson));

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [Test]
    public void The_request_with_every_option_passes()
    {
        var report = Validator.Validate(TestData.EveryOptionRequest());

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [Test]
    public void A_day_named_twice_in_json_is_an_error_at_its_second_naming()
    {
        var json = FlexJson.Serialize(TestData.EveryOptionRequest());
        Assume.That(json, Does.Contain("\"FRIDAY\",\"SATURDAY\""));

        var report = Validator.Validate(FlexJson.Deserialize<LineRequest>(json.Replace("\"FRIDAY\",\"SATURDAY\"", "\"FRIDAY\",\"TUESDAY\"", StringComparison.Ordinal)));

        var finding = report.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(FlexRules.DuplicateDay.Code));
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(finding.Path, Is.EqualTo("messages[0].options.deliveryTimeWindow.days[5]"));
            Assert.That(finding.Message, Does.Contain("TUESDAY").And.Contain("days[1]"));
        });
    }

    [Test]
    public void A_parsed_raw_value_is_checked_as_strictly_as_a_typed_one()
    {
        var request = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson.Replace("\"paddingTop\": \"md\"", "\"paddingTop\": \"medium\"", StringComparison.Ordinal));

        var finding = Validator.Validate(request).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(FlexRules.InsetGrammar.Code));
            Assert.That(finding.Path, Is.EqualTo("messages[0].content.contents.header.paddingTop"));
            Assert.That(finding.AttemptedValue, Is.EqualTo(FlexInset.Raw("medium")));
        });
    }

    [Test]
    public void A_bubble_validated_on_its_own_reports_paths_relative_to_it()
    {
        var bubble = Flex.Bubble().Body(b => b.Text("Hi", t => t.Uri(new string('x', 21), "https://example.com"))).Build();

        var finding = Validator.Validate(bubble).Findings.Single();

        Assert.That(finding.Path, Is.EqualTo("body.contents[0].action.label"));
    }

    [Test]
    public void A_component_validated_on_its_own_reports_paths_relative_to_it()
    {
        var box = Flex.Box(BoxLayout.Baseline, b => b.Text("a").Separator());

        var finding = Validator.Validate(box).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("contents[1]"));
            Assert.That(finding.Code, Is.EqualTo(FlexRules.BaselineChild.Code));
        });
    }

    [Test]
    public void An_action_and_a_message_can_be_validated_on_their_own()
    {
        var action = new PostbackAction { Label = "Yes" };
        var message = Flex.Message().To("1").AltText("a").Bubble(b => b.Body(x => x.Text("a"))).Build();

        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(action).Findings.Single().Path, Is.EqualTo("data"));
            Assert.That(Validator.Validate(message).Findings.Single().Path, Is.EqualTo("sender"));
        });
    }

    [Test]
    public void A_finding_names_the_limit_and_the_actual_figure()
    {
        var request = Minimal.WithContent(c => c with { AltText = new string('a', 412) });

        var finding = Validator.Validate(request).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo("altText is 412 characters; the limit is 400."));
            Assert.That(finding.ToString(), Is.EqualTo("messages[0].content.altText: altText is 412 characters; the limit is 400. [LF201]"));
        });
    }

    [Test]
    public void Lengths_count_utf16_code_units_so_an_emoji_counts_twice()
    {
        var tenEmoji = string.Concat(Enumerable.Repeat("\U0001F600", 10));
        var elevenEmoji = tenEmoji + "\U0001F600";

        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(new UriAction { Label = tenEmoji, Uri = "https://example.com" }).IsValid, Is.True);
            Assert.That(Validator.Validate(new UriAction { Label = elevenEmoji, Uri = "https://example.com" }).Findings.Single().Message, Is.EqualTo("label is 22 characters; the limit is 20."));
        });
    }

    [Test]
    public void Errors_come_before_warnings()
    {
        var request = Minimal.WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 3, TimeUnit = ValidityPeriodTimeUnit.Hours } }) is var r
            ? r with { Messages = [r.Messages![0] with { Sender = null, Options = new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 72, TimeUnit = ValidityPeriodTimeUnit.Hours } } }] }
            : null!;

        var report = Validator.Validate(request);

        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Select(f => f.Severity), Is.EqualTo(new[] { FindingSeverity.Error, FindingSeverity.Warning }));
            Assert.That(report.Errors, Has.Count.EqualTo(1));
            Assert.That(report.Warnings, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Ensure_valid_throws_one_exception_listing_every_error()
    {
        var request = Minimal.WithMessage(m => m with { Sender = "", Destinations = [] });

        var error = Assert.Throws<FlexValidationException>(() => Validator.EnsureValid(request))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Errors.Select(e => e.Code), Is.EqualTo(new[] { "LF102", "LF103" }));
            Assert.That(error.Message, Does.StartWith("The message breaks 2 documented rules"));
            Assert.That(error.Message, Does.Contain("messages[0].sender: sender is empty; it is required. [LF102]"));
            Assert.That(error.Message, Does.Contain("messages[0].destinations: destinations is empty; it needs at least one item. [LF103]"));
        });
    }

    [Test]
    public void Ensure_valid_returns_the_warnings_of_a_valid_request()
    {
        var request = Minimal.WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 3, TimeUnit = ValidityPeriodTimeUnit.Hours } });

        Assert.That(Validator.EnsureValid(request).Findings, Is.Empty);
    }

    [Test]
    public void Every_concrete_component_and_action_type_has_its_validator()
    {
        static IEnumerable<Type> Concrete(Type baseType) =>
            baseType.Assembly.GetTypes().Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract && t.IsPublic);

        Assert.That(Validator.CoveredComponentTypes, Is.EquivalentTo(Concrete(typeof(FlexComponent))));

        // Actions are checked where they stand by a dispatch on their type: an action type without its
        // checks would pass with no label, so each one must report the missing label, alone and in a TEXT.
        foreach (var type in Concrete(typeof(FlexAction)))
        {
            var action = (FlexAction)Activator.CreateInstance(type)!;
            var inText = Validator.Validate(new FlexText { Text = "x", Action = action });
            Assert.Multiple(() =>
            {
                Assert.That(inText.Findings.Select(f => (f.Code, f.Path)), Does.Contain((FlexRules.LabelRequired.Code, "action.label")), type.Name);
                Assert.That(Validator.Validate(action).Findings.Select(f => (f.Code, f.Path)), Does.Contain((FlexRules.LabelRequired.Code, "label")), type.Name);
            });
        }
    }

    private static IEnumerable<TestCaseData> BrokenTrees()
    {
        yield return new TestCaseData(new LineRequest()).SetName("An empty request");
        yield return new TestCaseData(FlexJson.Deserialize<LineRequest>("{\"messages\":[{}]}")).SetName("A parsed message with nothing in it");
        yield return new TestCaseData(FlexJson.Deserialize<LineRequest>(
            "{\"messages\":[{\"content\":{\"contents\":{\"header\":{},\"body\":{\"contents\":[{\"type\":\"TEXT\"},{\"type\":\"BUTTON\"},{\"type\":\"IMAGE\"},{\"type\":\"ICON\"},{\"type\":\"SPAN\"},{\"type\":\"BOX\"}]},\"style\":{\"header\":{\"separator\":true}}}},\"options\":{\"validityPeriod\":{},\"deliveryTimeWindow\":{\"from\":{},\"to\":{}},\"smsFailover\":{\"regional\":{\"indiaDlt\":{},\"turkeyIys\":{},\"southKorea\":{}}}},\"webhooks\":{\"delivery\":{}}}],\"options\":{\"schedule\":{\"sendingSpeedLimit\":{}}}}"))
            .SetName("A parsed request with every required value missing");
        yield return new TestCaseData(Minimal.WithMessage(m => m with { Destinations = [null!] })).SetName("A null destination");
        yield return new TestCaseData(new LineRequest { Messages = [null!] }).SetName("A null message");
        yield return new TestCaseData(Minimal.WithBody(new FlexText { Contents = [null!] }, new FlexBox { Layout = (BoxLayout)7, Contents = [null!] })).SetName("Null spans and children, and an undefined layout");
        yield return new TestCaseData(Minimal.WithBubble(b => b with { Size = (BubbleSize)42, Action = new UriAction() })).SetName("An undefined bubble size");
        yield return new TestCaseData(Minimal.WithBody(new FlexText { Text = "x", Color = default(FlexColor), Size = default(FlexSize) })).SetName("Default typed values");
        yield return new TestCaseData(Minimal.WithWindow(new DeliveryTimeWindow { Days = [(DeliveryDay)9], From = new DeliveryTime { Hour = int.MinValue, Minute = int.MaxValue }, To = new DeliveryTime { Hour = int.MaxValue, Minute = 0 } }))
            .SetName("Extreme delivery times");
        yield return new TestCaseData(Minimal.WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = int.MaxValue, TimeUnit = ValidityPeriodTimeUnit.Hours } })).SetName("A huge validity period");
        yield return new TestCaseData(Minimal.WithSchedule(new ScheduleOptions { SendAt = DateTimeOffset.MaxValue })).SetName("The last representable sendAt");
    }

    [TestCaseSource(nameof(BrokenTrees))]
    public void Validation_never_throws_and_reports_the_problems(LineRequest request)
    {
        FlexValidationReport? report = null;

        Assert.DoesNotThrow(() => report = Validator.Validate(request));
        Assert.That(report!.Findings, Is.Not.Empty, report.ToString());
    }

    [Test]
    public void One_validator_is_safe_to_share_between_threads()
    {
        var requests = Enumerable.Range(0, 64)
            .Select(i => i % 2 == 0 ? TestData.EveryOptionRequest() : Minimal.WithContent(c => c with { AltText = new string('a', 401) }))
            .ToArray();

        var counts = new int[requests.Length];
        Parallel.For(0, requests.Length, i => counts[i] = Validator.Validate(requests[i]).Findings.Count);

        Assert.That(counts, Is.EqualTo(Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? 0 : 1)));
    }

    private static IEnumerable<FlexBubble> Bubbles()
    {
        yield return FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson).Messages![0].Content!.Contents!;
        yield return TestData.EveryBubbleProperty();
        yield return Flex.Bubble().Body(b => b.Text("quotes \" and \\ backslashes, tabs\t, new lines\n, \u0001 and \u2028")).Build();
        yield return Flex.Bubble().Body(b => b.Text("日本語のテキスト、ภาษาไทย, 中文 and emoji \U0001F600\U0001F389")).Build();
    }

    [TestCaseSource(nameof(Bubbles))]
    public void The_measured_size_is_the_wire_size(FlexBubble bubble)
    {
        var wire = FlexJson.SerializeToUtf8Bytes(bubble).Length;

        Assert.That(bubble.Measure().TotalBytes, Is.EqualTo(wire));
    }
}
