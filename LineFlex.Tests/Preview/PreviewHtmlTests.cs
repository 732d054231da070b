using LineFlex.Cli.Demo;
using Snapshooter.NUnit;

namespace LineFlex.Tests.Preview;

/// <summary>The preview's HTML, without a browser: snapshots reviewed by reading them, and the safety of hostile input.</summary>
public class PreviewHtmlTests
{
    private static readonly PreviewOptions Offline = new() { LoadImages = false };

    /// <summary>The document's body: the stylesheet, the same in every document, has a snapshot of its own.</summary>
    private static string Body(string html) => html[html.IndexOf("<body>", StringComparison.Ordinal)..];

    [Test]
    public void The_head_holds_the_policy_and_the_stylesheet_and_nothing_else()
    {
        var html = FlexPreview.Render(new FlexBubble(), Offline);

        Snapshot.Match(html[..html.IndexOf("<body>", StringComparison.Ordinal)]);
    }

    [Test]
    public void The_seed_bubble_renders_as_its_snapshot() =>
        Snapshot.Match(Body(FlexPreview.Render(PurchaseComplete.Bubble(), Offline)));

    [Test]
    public void The_seed_request_renders_one_card_with_its_chat_line_and_details() =>
        Snapshot.Match(Body(FlexPreview.Render(PurchaseComplete.Request(), Offline)));

    [Test]
    public void A_bubble_with_every_component_renders_as_its_snapshot() =>
        Snapshot.Match(Body(FlexPreview.Render(PreviewSamples.EveryComponent(), Offline)));

    [Test]
    public void An_invalid_bubble_renders_with_its_findings_listed_and_its_components_outlined()
    {
        var html = FlexPreview.Render(PreviewSamples.Invalid(), Offline);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<section class=\"lf-card\""));
            Assert.That(html, Does.Contain("data-path=\"body.contents[1]\" data-findings=\"1\""));
            Assert.That(html, Does.Contain("<code>body.contents[1].action.label</code>"));
            Assert.That(html, Does.Contain("class=\"lf-box lf-v lf-invalid\" data-path=\"footer\""));
        });
        Snapshot.Match(Body(html));
    }

    [Test]
    public void A_finding_inside_a_child_outlines_the_child_and_not_its_box()
    {
        var html = FlexPreview.Render(PreviewSamples.Invalid(), Offline);

        Assert.That(html, Does.Contain("class=\"lf-box lf-v\" data-path=\"body\""));
    }

    [Test]
    public void A_request_lists_the_findings_of_each_message_under_its_own_card()
    {
        var valid = PurchaseComplete.Request().Messages![0];
        var invalid = valid with { Content = valid.Content! with { Contents = PreviewSamples.Invalid() } };
        var html = FlexPreview.Render(new LineRequest { Messages = ValueList.Create([valid, invalid]) }, Offline);

        var second = html[html.IndexOf("data-path=\"messages[1]\"", StringComparison.Ordinal)..];
        var first = html[html.IndexOf("<section", StringComparison.Ordinal)..html.IndexOf("data-path=\"messages[1]\"", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Not.Contain("lf-invalid"));
            Assert.That(second, Does.Contain("data-path=\"messages[1].content.contents.body.contents[1]\" data-findings=\"1\""));
            Assert.That(second, Does.Contain("<code>messages[1].content.contents.body.contents[1].action.label</code>"));
        });
    }

    [Test]
    public void Images_off_leaves_no_image_source_and_a_policy_that_forbids_images()
    {
        var html = FlexPreview.Render(PurchaseComplete.Bubble(), Offline);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Contain("img-src 'none'"));
            Assert.That(html, Does.Contain("class=\"lf-img lf-placeholder\""));
        });
    }

    [Test]
    public void Images_on_load_from_their_https_url()
    {
        var html = FlexPreview.Render(PurchaseComplete.Bubble());

        Assert.That(html, Does.Contain("<img class=\"lf-img\" src=\"https://example.com/logo\" alt=\"\" referrerpolicy=\"no-referrer\" style=\"width:80%;\">"));
    }

    [Test]
    public void An_image_url_with_credentials_is_a_placeholder_listed_under_the_card_even_with_images_on()
    {
        var bubble = Flex.Bubble().Body(b => b.Image("https://ann:hunter2@tracker.example/pixel.png").Icon("https://tracker.example/icon.png")).Build();
        var html = FlexPreview.Render(bubble);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("src=\"https://ann"));
            Assert.That(html, Does.Contain("<span class=\"lf-img lf-placeholder\" role=\"img\" aria-label=\"image not loaded: unsafe URL\">&#9888;</span>"));
            Assert.That(html, Does.Contain("<code>body.contents[0].url</code>: &quot;https://ann:hunter2@tracker.example/pixel.png&quot; (it holds a user name or password before the host, which the preview never sends)"));
            Assert.That(html, Does.Contain("src=\"https://tracker.example/icon.png\""), "an image without credentials still loads");
        });
    }

    [Test]
    public void A_link_with_credentials_is_not_linked()
    {
        var html = FlexPreview.Render(HostileCorpus.WithUrl("https://bank.example@evil.example/login"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("href=\"https://bank"));
            Assert.That(html, Does.Contain("&#9888; Open</span>"));
        });
    }

    [Test]
    public void A_document_holds_no_script_and_a_policy_that_allows_none() =>
        Assert.That(FlexPreview.Render(PurchaseComplete.Request()), Does.Not.Contain("<script").IgnoreCase.And.Contain("default-src 'none'"));

    [TestCaseSource(typeof(HostileCorpus), nameof(HostileCorpus.Cases))]
    public void Hostile_input_renders_as_inert_text(LineMessage message)
    {
        var html = FlexPreview.Render(message);

        Assert.That(HtmlShape.Problems(html), Is.Empty);
    }

    [Test]
    public void The_hostile_corpus_has_at_least_fifty_inputs() =>
        Assert.That(HostileCorpus.Cases().Count(), Is.GreaterThanOrEqualTo(50));

    [Test]
    public void The_shape_check_catches_an_unescaped_handler_a_script_url_and_css_injection() =>
        Assert.That(
            HtmlShape.Problems("<style></style><p onclick=\"x\"><a href=\"javascript:alert(1)\" style=\"color:red;background:url(x)\"><script>"),
            Has.Count.EqualTo(4));

    [Test]
    public void Hostile_text_is_shown_escaped_where_it_was_written()
    {
        var html = FlexPreview.Render(HostileCorpus.WithText("<script>alert(1)</script>"));

        Assert.That(html, Does.Contain("<p class=\"lf-text lf-wrap\" data-path=\"content.contents.body.contents[0]\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    [Test]
    public void A_javascript_url_is_listed_as_text_with_a_warning_and_never_linked()
    {
        var html = FlexPreview.Render(HostileCorpus.WithUrl("javascript:alert(1)"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("href=\"javascript"));
            Assert.That(html, Does.Contain("<code>content.contents.body.contents[2].action.uri</code>: &quot;javascript:alert(1)&quot; (the javascript: scheme is not a web link)"));
            Assert.That(html, Does.Contain("&#9888; Open</span>"));
        });
    }

    [Test]
    public void The_hostile_corpus_renders_as_its_snapshot() =>
        Snapshot.Match(Body(FlexPreview.Render(HostileCorpus.AllInOneRequest(), Offline)));

    [Test]
    public void Rendering_a_tree_nested_past_the_limit_stops_with_a_note()
    {
        FlexComponent deepest = new FlexText { Text = "deep" };
        for (var i = 0; i < 100; i++)
        {
            deepest = new FlexBox { Layout = BoxLayout.Vertical, Contents = ValueList.Create([deepest]) };
        }

        var html = FlexPreview.Render(new FlexBubble { Body = (FlexBox)deepest }, Offline);

        Assert.That(html, Does.Contain("Nested deeper than 32 levels; not shown."));
    }
}
