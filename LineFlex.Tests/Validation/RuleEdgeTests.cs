using static LineFlex.Tests.Validation.Minimal;

namespace LineFlex.Tests.Validation;

/// <summary>
/// What each rule's smallest case (<see cref="RuleCases"/>) leaves open, from Infobip's and LINE's documented limits:
/// both ends of a range, every block and component type a rule names, each URI scheme LINE opens, and what a finding
/// says beyond its code and path. The mutation run of CONTRIBUTING.md finds the gaps; each case here closes a real one.
/// </summary>
public class RuleEdgeTests
{
    private const string M = "messages[0]";
    private const string B = "messages[0].content.contents";
    private const string C0 = B + ".body.contents[0]";
    private const string Window = M + ".options.deliveryTimeWindow";
    private const string Korea = M + ".options.smsFailover.regional.southKorea";

    private static readonly FlexValidator Validator = LonGuidelinesOff.Validator(new FixedClock(FixedClock.Now));

    private static FlexBox Vertical(params FlexComponent[] contents) => new() { Layout = BoxLayout.Vertical, Contents = ValueList.Create<FlexComponent>(contents) };

    private static LineRequest WithUri(string uri) => WithBody(Hi with { Action = Link with { Uri = uri } });

    private static TestCaseData Bad(string name, FlexRule rule, string path, LineRequest request) =>
        new TestCaseData(rule, path, request).SetName($"{rule.Code}: {name}");

    private static IEnumerable<TestCaseData> BadEdges()
    {
        // flex is 0..20 on a BOX, TEXT, IMAGE and BUTTON alike.
        yield return Bad("a box's flex", FlexRules.FlexRange, B + ".body.flex", WithBlock(b => b with { Flex = 21 }));
        yield return Bad("an image's flex", FlexRules.FlexRange, C0 + ".flex", WithBody(Photo with { Flex = 21 }));
        yield return Bad("a button's flex", FlexRules.FlexRange, C0 + ".flex", WithBody(new FlexButton { Action = Link, Flex = 21 }));

        // altUri.desktop has the schemes of a URI action's uri on a POSTBACK action too.
        yield return Bad(
            "a postback action's altUri",
            FlexRules.DesktopUriScheme,
            C0 + ".action.altUri.desktop",
            WithBody(Hi with { Action = new PostbackAction { Label = "Yes", Data = "yes", AltUri = new AltUri { Desktop = "javascript:alert(1)" } } }));

        // The first child of every block, header and footer as well as body, may not be ABSOLUTE.
        yield return Bad("in the header", FlexRules.FirstChildAbsolute, B + ".header.contents[0].position", WithBubble(b => b with { Header = Vertical(Hi with { Position = FlexPosition.Absolute }) }));
        yield return Bad("in the footer", FlexRules.FirstChildAbsolute, B + ".footer.contents[0].position", WithBubble(b => b with { Footer = Vertical(Hi with { Position = FlexPosition.Absolute }) }));

        // One ICON per bubble, counted through every block.
        yield return Bad("two in the header", FlexRules.OneIcon, B + ".header.contents[0].contents[1]", WithBubble(b => b with { Header = Vertical(Baseline(Icon, Icon, Hi)) }));
        yield return Bad("two in the footer", FlexRules.OneIcon, B + ".footer.contents[0].contents[1]", WithBubble(b => b with { Footer = Vertical(Baseline(Icon, Icon, Hi)) }));

        // The separator rule follows whichever block comes first.
        yield return Bad(
            "the header first",
            FlexRules.SeparatorAboveFirstBlock,
            B + ".style.header.separator",
            WithBubble(b => b with { Header = Vertical(Hi), Style = new BubbleStyles { Header = new BlockStyle { Separator = true } } }));
        yield return Bad(
            "the footer alone",
            FlexRules.SeparatorAboveFirstBlock,
            B + ".style.footer.separator",
            WithBubble(b => b with { Body = null, Footer = Vertical(Hi), Style = new BubbleStyles { Footer = new BlockStyle { Separator = true } } }));

        // No list holds a null item: messages, destinations and a TEXT's spans.
        yield return Bad("a null message", FlexRules.ItemRequired, M, new LineRequest { Messages = [null!] });
        yield return Bad("a null destination", FlexRules.ItemRequired, M + ".destinations[0]", WithMessage(m => m with { Destinations = [null!] }));
        yield return Bad("a null span", FlexRules.ItemRequired, C0 + ".contents[0]", WithBody(new FlexText { Text = "Hi", Contents = [null!] }));

        // An empty contents list is no SPAN: the TEXT needs its text, and a blank one is flagged.
        yield return Bad("no text and no spans", FlexRules.TextOrContentsRequired, C0 + ".text", WithBody(new FlexText { Contents = [] }));
        yield return Bad("a blank text beside no spans", FlexRules.TextBlank, C0 + ".text", WithBody(new FlexText { Text = " ", Contents = [] }));

        // Delivery windows: both ends or neither, at least an hour apart, each day once, only the seven days.
        yield return Bad("to without from", FlexRules.DeliveryWindowPair, Window + ".from", WithWindow(Monday(null, At(17, 0))));
        yield return Bad("59 minutes from a half hour", FlexRules.DeliveryWindowSpan, Window + ".to", WithWindow(Monday(At(9, 30), At(10, 29))));
        yield return Bad("Sunday twice", FlexRules.DuplicateDay, Window + ".days[1]", WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Sunday, DeliveryDay.Sunday] }));
        yield return Bad("the day after Sunday", FlexRules.EnumDefined, Window + ".days[0]", WithWindow(new DeliveryTimeWindow { Days = [DeliveryDay.Sunday + 1] }));

        // Infobip keeps a validity period of at most 48 hours, whatever its unit.
        yield return Bad(
            "48 hours and a second",
            FlexRules.ValidityOver48Hours,
            M + ".options.validityPeriod.amount",
            WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = (48 * 3600) + 1, TimeUnit = ValidityPeriodTimeUnit.Seconds } }));

        // A nine-digit registration number: ten digits are too many.
        yield return Bad("ten digits", FlexRules.ResellerCodeDigits, Korea + ".resellerCode", WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { ResellerCode = 1_000_000_000 } }));

        // Nesting is measured in every block.
        yield return Bad(
            "in the header",
            FlexRules.NestingDepth,
            B + ".header" + string.Concat(Enumerable.Repeat(".contents[0]", FlexLimits.MaxDepth)),
            WithBubble(b => b with { Header = Nested(FlexLimits.MaxDepth + 1) }));

        // A URI action's uri: http, https, line or tel, absolute, percent-encoded.
        yield return Bad("no scheme", FlexRules.ActionUriScheme, C0 + ".action.uri", WithUri("example.com/open"));
        yield return Bad("https without a host", FlexRules.ActionUriScheme, C0 + ".action.uri", WithUri("https://"));
        yield return Bad("a space in a tel uri", FlexRules.ActionUriScheme, C0 + ".action.uri", WithUri("tel:012 345 6789"));
        yield return Bad("a character that is not ASCII", FlexRules.ActionUriScheme, C0 + ".action.uri", WithUri("https://example.com/caf\u00e9"));
        yield return Bad("a scheme that matches https only ignoring case beyond ASCII", FlexRules.ActionUriScheme, C0 + ".action.uri", WithUri("http\u017F://example.com/open"));
    }

    private static IEnumerable<TestCaseData> GoodEdges()
    {
        yield return new TestCaseData(WithUri("http://example.com/open")).SetName("An http uri");
        yield return new TestCaseData(WithUri("HTTPS://EXAMPLE.COM/OPEN")).SetName("A scheme in capitals");
        yield return new TestCaseData(WithUri("line://ti/p/@shop")).SetName("A line uri");
        yield return new TestCaseData(WithUri("tel:0123456789")).SetName("A tel uri");
        yield return new TestCaseData(WithUri("https://example.com/~shop/caf%C3%A9")).SetName("A tilde and a percent-encoded character");
        yield return new TestCaseData(WithBody(new FlexText { Text = " ", Contents = [new FlexSpan { Text = "Hi" }] })).SetName("A blank text beside spans, which LINE ignores");
        yield return new TestCaseData(WithWindow(Monday(At(9, 30), At(10, 30)))).SetName("A window of one hour from a half hour");
        yield return new TestCaseData(WithOptions(new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 48 * 3600, TimeUnit = ValidityPeriodTimeUnit.Seconds } }))
            .SetName("A validity period of 48 hours in seconds");
        yield return new TestCaseData(WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { ResellerCode = 100_000_000 } })).SetName("The least nine-digit reseller code");
        yield return new TestCaseData(WithRegional(new RegionalOptions { SouthKorea = new SouthKoreaOptions { ResellerCode = 999_999_999 } })).SetName("The greatest nine-digit reseller code");
    }

    private static FlexBox Nested(int levels) =>
        Enumerable.Range(1, levels - 1).Aggregate(Vertical(Hi), (box, _) => Vertical(box));

    [TestCaseSource(nameof(BadEdges))]
    public void A_bad_edge_breaks_only_its_rule_at_its_path(FlexRule rule, string path, LineRequest request)
    {
        var report = Validator.Validate(request);

        Assert.That(report.Findings, Has.Count.EqualTo(1), report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings[0].Code, Is.EqualTo(rule.Code));
            Assert.That(report.Findings[0].Path, Is.EqualTo(path));
        });
    }

    [TestCaseSource(nameof(GoodEdges))]
    public void A_good_edge_passes(LineRequest request)
    {
        var report = Validator.Validate(request);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [Test]
    public void A_box_says_which_child_it_cannot_hold_and_where_it_goes()
    {
        var icon = Validator.Validate(WithBody(Icon)).Findings.Single();
        var span = Validator.Validate(WithBody(new FlexSpan { Text = "Hi" })).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(icon.Message, Does.Contain("an ICON").And.Contain("BASELINE box"));
            Assert.That(span.Message, Does.Contain("a SPAN").And.Contain("TEXT's contents"));
        });
    }

    [Test]
    public void A_null_item_is_named_by_what_the_list_holds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(new LineRequest { Messages = [null!] }).Findings.Single().Message, Does.StartWith("This message is null"));
            Assert.That(Validator.Validate(WithMessage(m => m with { Destinations = [null!] })).Findings.Single().Message, Does.StartWith("This destination is null"));
            Assert.That(Validator.Validate(WithBody(new FlexText { Text = "Hi", Contents = [null!] })).Findings.Single().Message, Does.StartWith("This span is null"));
            Assert.That(Validator.Validate(WithBody([null!])).Findings.Single().Message, Does.StartWith("This component is null"));
        });
    }

    [Test]
    public void A_message_id_used_three_times_is_reported_twice_at_the_first_ones_place()
    {
        var taken = new LineDestination { To = "1", MessageId = "a" };
        var request = WithMessage(m => m with { Destinations = [taken, taken with { To = "2" }, new LineDestination { To = "3", MessageId = "b" }, taken with { To = "4" }] });

        var findings = Validator.Validate(request).Findings;

        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => (f.Code, f.Path)), Is.EqualTo(new[]
            {
                (FlexRules.DuplicateMessageId.Code, M + ".destinations[1].messageId"),
                (FlexRules.DuplicateMessageId.Code, M + ".destinations[3].messageId"),
            }));
            Assert.That(findings.Select(f => f.Message), Has.All.Contains("is already used at " + M + ".destinations[0].messageId;"));
        });
    }

    [Test]
    public void A_missing_list_and_an_empty_one_are_told_apart()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(WithMessage(m => m with { Destinations = null })).Findings.Single().Message, Does.Contain("is required"));
            Assert.That(Validator.Validate(WithMessage(m => m with { Destinations = [] })).Findings.Single().Message, Does.Contain("is empty"));
        });
    }

    [Test]
    public void A_blank_value_is_called_empty_or_white_space_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(WithContent(c => c with { AltText = "" })).Findings.Single().Message, Does.StartWith("altText is empty"));
            Assert.That(Validator.Validate(WithContent(c => c with { AltText = "  " })).Findings.Single().Message, Does.StartWith("altText is white space only"));
        });
    }

    [Test]
    public void A_range_finding_names_both_ends_of_the_range()
    {
        // Infobip: a delivery time's hour is 0..23.
        var finding = Validator.Validate(WithWindow(Monday(At(24, 0), At(9, 0)))).Findings.Single();

        Assert.That(finding.Message, Does.Contain("from 0 to 23"));
    }

    [Test]
    public void An_image_url_finding_names_the_component()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(WithBody(new FlexImage { Url = "http://example.com/a.png" })).Findings.Single().Message, Does.StartWith("An IMAGE's url"));
            Assert.That(Validator.Validate(WithBody(Baseline(new FlexIcon { Url = "http://example.com/i.png" }, Hi))).Findings.Single().Message, Does.StartWith("An ICON's url"));
        });
    }

    [Test]
    public void An_action_uri_finding_says_what_is_wrong_with_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(WithUri("ftp://example.com")).Findings.Single().Message, Does.Contain("http, https, line or tel"));
            Assert.That(Validator.Validate(WithUri("https://")).Findings.Single().Message, Does.Contain("not an absolute URL"));
            Assert.That(Validator.Validate(WithUri("tel:012 345")).Findings.Single().Message, Does.Contain("percent-encode"));
        });
    }

    [Test]
    public void A_structural_finding_carries_the_value_at_fault()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Validator.Validate(WithBody(Hi with { Position = FlexPosition.Absolute })).Findings.Single().AttemptedValue, Is.EqualTo("ABSOLUTE"));
            Assert.That(Validator.Validate(WithBody(Baseline(Icon, Hi), Baseline(Icon, Hi))).Findings.Single().AttemptedValue, Is.EqualTo("ICON"));
            Assert.That(
                Validator.Validate(WithBubble(b => b with { Style = new BubbleStyles { Body = new BlockStyle { Separator = true } } })).Findings.Single().AttemptedValue,
                Is.EqualTo(true));
        });
    }

    [Test]
    public void A_tree_nested_too_deep_is_told_its_depth_and_how_to_flatten_it()
    {
        var finding = Validator.Validate(WithBlock(_ => Nested(FlexLimits.MaxDepth + 1))).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.AttemptedValue, Is.EqualTo(FlexLimits.MaxDepth + 1));
            Assert.That(finding.Message, Does.Contain("Flatten the layout").And.Contain("Nothing else in the tree is checked"));
        });
    }
}
