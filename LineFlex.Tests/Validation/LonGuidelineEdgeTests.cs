namespace LineFlex.Tests.Validation;

/// <summary>
/// The edges of the LINE Official Notification guidelines (LF510 to LF515) beyond their smallest bad and good inputs in
/// <see cref="RuleCases"/>: what each message says, blocks read through nested boxes, a body with no text, and where an
/// ICON counts as at the top and centred. Shapes from Infobip's "Message types" page and the seed page's example.
/// </summary>
public class LonGuidelineEdgeTests
{
    private static readonly FlexValidator Validator = new(new FixedClock(FixedClock.Now));

    private static readonly FlexText Title = new() { Text = "Purchase complete", Align = FlexAlign.Center };

    private static readonly FlexIcon Icon = new() { Url = "https://example.com/icon.png" };

    private static FlexBox Vertical(params FlexComponent[] contents) => new() { Layout = BoxLayout.Vertical, Contents = [.. contents] };

    private static FlexBox Baseline(params FlexComponent[] contents) => new() { Layout = BoxLayout.Baseline, Contents = [.. contents] };

    /// <summary>A bubble in LON's shape (LINE's header and footer on their backgrounds) with <paramref name="body"/>.</summary>
    private static FlexBubble InLonShape(FlexBox? body) => new()
    {
        Header = LonBlocks.Header,
        Body = body,
        Footer = LonBlocks.Footer,
        Style = new BubbleStyles
        {
            Header = new BlockStyle { BackgroundColor = LonBlocks.HeaderBackground },
            Footer = new BlockStyle { BackgroundColor = LonBlocks.FooterBackground },
        },
    };

    private static List<FlexFinding> Guidelines(FlexBubble bubble) =>
        [.. Validator.Validate(bubble).Findings.Where(f => FlexRules.LonGuidelines.Any(r => r.Code == f.Code))];

    [Test]
    public void A_bubble_in_lon_shape_has_no_guideline_finding()
    {
        Assert.That(Guidelines(InLonShape(Vertical(Baseline(Icon, Title), new FlexText { Text = "Thank you." }))), Is.Empty);
    }

    [Test]
    public void LINEs_own_header_and_footer_break_no_rule()
    {
        var all = new FlexValidator();

        Assert.Multiple(() =>
        {
            Assert.That(all.Validate(LonBlocks.Header).Findings, Is.Empty);
            Assert.That(all.Validate(LonBlocks.Footer).Findings, Is.Empty);
        });
    }

    [Test]
    public void A_bubble_holding_LINEs_own_blocks_is_judged_as_one_holding_copies_of_them()
    {
        // The blocks themselves are not checked again in a bubble; where they stand is: here, each is in the other's place.
        var swapped = InLonShape(Vertical(new FlexImage { Url = "http://example.com/a.png" })) with { Header = LonBlocks.Footer, Footer = LonBlocks.Header };
        var copied = swapped with { Header = LonBlocks.Footer with { }, Footer = LonBlocks.Header with { } };

        var findings = Validator.Validate(swapped).Findings;

        Assert.That(copied.Header, Is.Not.SameAs(LonBlocks.Footer));
        Assert.That(findings, Is.EqualTo(Validator.Validate(copied).Findings));
        Assert.That(findings.Select(f => f.Code), Is.SupersetOf(new[] { "LF510", "LF511", "LF513" }));
    }

    [Test]
    public void A_missing_header_says_how_to_add_it()
    {
        var finding = Guidelines(InLonShape(Vertical(Title)) with { Header = null }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF510"));
            Assert.That(finding.Path, Is.EqualTo("header"));
            Assert.That(finding.Message, Is.EqualTo("The bubble has no header; a LINE Official Notification carries LINE's fixed header. Add it with .LineHeader()."));
        });
    }

    [Test]
    public void A_footer_that_reads_otherwise_quotes_both_readings_and_says_where_buttons_go()
    {
        var finding = Guidelines(InLonShape(Vertical(Title)) with { Footer = Vertical(new FlexText { Text = "Call us" }) }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF511"));
            Assert.That(finding.Path, Is.EqualTo("footer"));
            Assert.That(finding.Message, Does.StartWith("The footer reads \"Call us\", not LINE's fixed footer (\"Learn more about LINE Official Notification here.\")"));
            Assert.That(finding.Message, Does.EndWith("Use .LineFooter() and put buttons at the bottom of the body."));
        });
    }

    [Test]
    public void A_header_that_reads_otherwise_says_to_put_the_title_in_the_body()
    {
        var finding = Guidelines(InLonShape(Vertical(Title)) with { Header = Vertical(new FlexText { Text = "Shop news" }) }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Does.StartWith("The header reads \"Shop news\", not LINE's fixed header (\"OFFICIAL NOTIFICATION | powered by | LINE\")"));
            Assert.That(finding.Message, Does.EndWith("Use .LineHeader() and put the title first in the body."));
        });
    }

    [Test]
    public void LINEs_header_inside_a_box_of_its_own_reads_the_same()
    {
        Assert.That(Guidelines(InLonShape(Vertical(Title)) with { Header = Vertical(LonBlocks.Header) }), Is.Empty);
    }

    [Test]
    public void A_header_whose_spans_split_its_words_otherwise_reads_the_same()
    {
        var header = Vertical(
            new FlexText { Contents = [new FlexSpan { Text = "OFFICIAL " }, null!, new FlexSpan { Text = "NOTIFICATION" }] },
            new FlexText { Text = "powered by" },
            new FlexText { Text = "ignored", Contents = [new FlexSpan { Text = "LI" }, new FlexSpan(), new FlexSpan { Text = "NE" }] });

        Assert.That(Guidelines(InLonShape(Vertical(Title)) with { Header = header }), Is.Empty);
    }

    [TestCase("OFFICIAL NOTIFICATIONS", "powered by", "LINE", TestName = "A header whose spans read past LINE's words quotes them")]
    [TestCase("OFFICIAL", "powered by", "LINE", TestName = "A header whose spans stop short of LINE's words quotes them")]
    [TestCase("OFFICIAL NOTIFICATION", "powered by", "LINE", "and more", TestName = "A header with a text more than LINE's quotes every text")]
    [TestCase("OFFICIAL NOTIFICATION", "powered by", TestName = "A header with a text less than LINE's quotes every text")]
    public void A_header_that_reads_otherwise_quotes_what_it_reads(params string[] texts)
    {
        var header = Vertical([new FlexText { Contents = [new FlexSpan { Text = texts[0] }] }, .. texts.Skip(1).Select(t => new FlexText { Text = t })]);

        var finding = Guidelines(InLonShape(Vertical(Title)) with { Header = header }).Single();

        Assert.That(finding.Message, Does.StartWith($"The header reads \"{string.Join(" | ", texts)}\", not LINE's fixed header"));
    }

    [Test]
    public void A_block_with_a_box_without_contents_is_read_without_a_crash()
    {
        var finding = Guidelines(InLonShape(Vertical(Title)) with { Header = Vertical(new FlexBox { Layout = BoxLayout.Vertical }) }).Single();

        Assert.That(finding.Message, Does.StartWith("The header reads \"\", not LINE's fixed header"));
    }

    [TestCase("#FF0000", "style.header.backgroundColor is \"#FF0000\"; LINE's header is on #06C755. Use .LineHeader(), which sets it.")]
    [TestCase(null, "style.header.backgroundColor is not set; LINE's header is on #06C755. Use .LineHeader(), which sets it.")]
    [TestCase("#06c755", null)]
    public void The_header_is_on_LINEs_green(string? colour, string? message)
    {
        var bubble = InLonShape(Vertical(Title));
        bubble = bubble with { Style = bubble.Style! with { Header = colour is null ? null : new BlockStyle { BackgroundColor = colour } } };

        var findings = Guidelines(bubble);

        Assert.That(findings.Select(f => (f.Path, f.Message)), Is.EqualTo(message is null ? [] : new[] { ("style.header.backgroundColor", message) }));
    }

    [Test]
    public void A_bubble_without_a_body_has_no_title()
    {
        var finding = Guidelines(InLonShape(null)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF512"));
            Assert.That(finding.Path, Is.EqualTo("body"));
            Assert.That(finding.Message, Does.StartWith("The bubble has no body"));
        });
    }

    [Test]
    public void The_title_may_follow_the_icon_in_the_first_baseline_box()
    {
        Assert.That(Guidelines(InLonShape(Vertical(Baseline(Icon, Title)))), Is.Empty);
    }

    [Test]
    public void A_body_that_holds_only_an_icon_starts_with_no_text_where_the_text_should_be()
    {
        var finding = Guidelines(InLonShape(Vertical(Baseline(Icon)))).Single(f => f.Code == "LF512");

        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("body.contents[0]"));
            Assert.That(finding.Message, Is.EqualTo("The body starts with no text; a LINE Official Notification's body starts with its title. Put the title first."));
        });
    }

    [TestCase("SEPARATOR", "a SEPARATOR")]
    [TestCase("BUTTON", "a BUTTON")]
    [TestCase("IMAGE", "an IMAGE")]
    public void A_body_that_starts_with_something_else_names_it(string type, string named)
    {
        FlexComponent first = type switch
        {
            "SEPARATOR" => new FlexSeparator(),
            "BUTTON" => new FlexButton { Action = new UriAction { Label = "Open", Uri = "https://example.com" } },
            _ => new FlexImage { Url = "https://example.com/a.png" },
        };

        var finding = Guidelines(InLonShape(Vertical(first, Title))).Single(f => f.Code == "LF512");

        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("body.contents[0]"));
            Assert.That(finding.AttemptedValue, Is.EqualTo(named));
            Assert.That(finding.Message, Does.StartWith($"The body starts with {named}, not with a TEXT;"));
        });
    }

    [Test]
    public void An_image_in_the_body_is_named_as_not_allowed()
    {
        var finding = Guidelines(InLonShape(Vertical(Title, new FlexImage { Url = "https://example.com/a.png" }))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF513"));
            Assert.That(finding.Path, Is.EqualTo("body.contents[1]"));
            Assert.That(finding.Message, Does.StartWith("A LINE Official Notification allows no images (nor audio or video)"));
            Assert.That(finding.AttemptedValue, Is.EqualTo("IMAGE"));
        });
    }

    [Test]
    public void An_icon_in_a_box_below_the_first_is_not_at_the_top()
    {
        var finding = Guidelines(InLonShape(Vertical(Title, Baseline(Icon, Title)))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF514"));
            Assert.That(finding.Path, Is.EqualTo("body.contents[1].contents[0]"));
            Assert.That(finding.Message, Does.StartWith("A LINE Official Notification's icon stands at the very top of the body; this one does not."));
            Assert.That(finding.AttemptedValue, Is.EqualTo("ICON"));
        });
    }

    [Test]
    public void An_icon_in_the_first_box_of_a_later_box_is_not_at_the_top()
    {
        var finding = Guidelines(InLonShape(Vertical(Title, Vertical(Baseline(Icon, Title))))).Single();

        Assert.That((finding.Code, finding.Path), Is.EqualTo(("LF514", "body.contents[1].contents[0].contents[0]")));
    }

    [Test]
    public void An_icon_beside_a_text_not_centred_is_not_centred()
    {
        var finding = Guidelines(InLonShape(Vertical(Baseline(Icon, Title, new FlexText { Text = "No. 42" })))).Single();

        Assert.Multiple(() =>
        {
            Assert.That((finding.Code, finding.Path), Is.EqualTo(("LF514", "body.contents[0].contents[0]")));
            Assert.That(finding.Message, Does.StartWith("A LINE Official Notification's icon is centred, and the title with it; here it is not."));
            Assert.That(finding.AttemptedValue, Is.EqualTo("ICON"));
        });
    }

    [Test]
    public void A_postback_button_is_named_by_its_action()
    {
        var button = new FlexButton { Action = new PostbackAction { Label = "Confirm", Data = "confirm" } };

        var finding = Guidelines(InLonShape(Vertical(Title, button))).Single();

        Assert.Multiple(() =>
        {
            Assert.That((finding.Code, finding.Path), Is.EqualTo(("LF515", "body.contents[1].action")));
            Assert.That(finding.Message, Does.StartWith("This button's action is a POSTBACK action;"));
        });
    }
}
