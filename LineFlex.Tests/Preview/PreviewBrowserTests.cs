using System.Text.Json;
using LineFlex.Cli.Demo;
using Microsoft.Playwright;

namespace LineFlex.Tests.Preview;

/// <summary>
/// The preview in a real browser (Debian's Chromium through Playwright): the layout measured box by box against LINE's
/// figures, the hostile corpus inert, and a few screenshots compared with their baselines.
/// </summary>
[NonParallelizable]
public class PreviewBrowserTests : ChromiumFixture
{
    private static readonly PreviewOptions Offline = new() { LoadImages = false };


    private sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;
    }

    private async Task<IPage> ShowAsync(string html)
    {
        var page = await SystemChromium.NewPageAsync(Browser);
        await page.SetContentAsync(html);
        return page;
    }

    private static async Task<Box> BoxOfAsync(IPage page, string path)
    {
        var box = await page.Locator($"[data-path='{path}']").BoundingBoxAsync() ?? throw new AssertionException($"{path} is not laid out");
        return new Box(box.X, box.Y, box.Width, box.Height);
    }

    private static async Task<Box> BubbleBoxAsync(IPage page)
    {
        var box = await page.Locator(".lf-bubble").BoundingBoxAsync() ?? throw new AssertionException("the bubble is not laid out");
        return new Box(box.X, box.Y, box.Width, box.Height);
    }

    /// <summary>The box of the text itself inside an element, not of the element.</summary>
    private static async Task<Box> TextBoxOfAsync(IPage page, string path)
    {
        var r = await page.Locator($"[data-path='{path}']").EvaluateAsync<double[]>(
            "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; }");
        return new Box(r[0], r[1], r[2], r[3]);
    }

    [Test]
    public async Task The_seed_header_is_the_brand_green_and_spans_the_bubble()
    {
        var page = await ShowAsync(FlexPreview.Render(PurchaseComplete.Bubble(), Offline));

        var bubble = await BubbleBoxAsync(page);
        var header = await BoxOfAsync(page, "header");
        var color = await page.Locator(".lf-block-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Multiple(() =>
        {
            Assert.That(color, Is.EqualTo("rgb(6, 199, 85)"));
            Assert.That(bubble.Width, Is.EqualTo(300));
            Assert.That(header.X, Is.EqualTo(bubble.X));
            Assert.That(header.Width, Is.EqualTo(bubble.Width));
        });
    }

    [Test]
    public async Task Text_aligned_to_the_end_ends_at_the_right_edge()
    {
        var page = await ShowAsync(FlexPreview.Render(PurchaseComplete.Bubble(), Offline));

        var text = await BoxOfAsync(page, "header.contents[2]");
        var words = await TextBoxOfAsync(page, "header.contents[2]");

        Assert.That(words.Right, Is.EqualTo(text.Right).Within(1));
    }

    [Test]
    public async Task Horizontal_children_sit_side_by_side_in_flex_proportion()
    {
        var page = await ShowAsync(FlexPreview.Render(PreviewSamples.EveryComponent(), Offline));

        var total = await BoxOfAsync(page, "body.contents[2].contents[0]");
        var price = await BoxOfAsync(page, "body.contents[2].contents[1]");
        Assert.Multiple(() =>
        {
            Assert.That(price.Y, Is.EqualTo(total.Y));
            Assert.That(price.X - total.Right, Is.EqualTo(4).Within(0.5), "spacing sm");
            Assert.That(price.Width, Is.EqualTo(2 * total.Width).Within(1), "flex 2 against flex 1");
        });
    }

    [Test]
    public async Task Flex_0_hugs_its_content()
    {
        var page = await ShowAsync(FlexPreview.Render(PreviewSamples.EveryComponent(), Offline));

        var text = await BoxOfAsync(page, "body.contents[1].contents[2]");
        var words = await TextBoxOfAsync(page, "body.contents[1].contents[2]");
        var row = await BoxOfAsync(page, "body.contents[1]");
        Assert.Multiple(() =>
        {
            Assert.That(text.Width, Is.EqualTo(words.Width).Within(1));
            Assert.That(text.Right, Is.LessThan(row.Right - 50), "it does not grow to fill the row");
        });
    }

    [Test]
    public async Task Spacing_and_margin_give_the_documented_gaps()
    {
        var page = await ShowAsync(FlexPreview.Render(PreviewSamples.EveryComponent(), Offline));

        var image = await BoxOfAsync(page, "body.contents[0]");
        var row = await BoxOfAsync(page, "body.contents[1]");
        var icon = await BoxOfAsync(page, "body.contents[1].contents[1]");
        var text = await BoxOfAsync(page, "body.contents[1].contents[2]");
        Assert.Multiple(() =>
        {
            Assert.That(row.Y - image.Bottom, Is.EqualTo(8).Within(0.5), "the body's spacing md");
            Assert.That(text.X - icon.Right, Is.EqualTo(8).Within(0.5), "the text's margin md");
            Assert.That(icon.Height, Is.EqualTo(14).Within(0.5), "icon size sm");
            Assert.That(icon.Width, Is.EqualTo(28).Within(0.5), "aspect ratio 2:1");
        });
    }

    [Test]
    public async Task Max_lines_clips_after_that_many_lines()
    {
        var page = await ShowAsync(FlexPreview.Render(PreviewSamples.EveryComponent(), Offline));

        var text = page.Locator("[data-path='body.contents[5]']");
        var sizes = await text.EvaluateAsync<double[]>("e => [e.clientHeight, e.scrollHeight, parseFloat(getComputedStyle(e).lineHeight)]");
        Assert.Multiple(() =>
        {
            Assert.That(sizes[0], Is.EqualTo(2 * sizes[2]).Within(1), "two lines shown");
            Assert.That(sizes[1], Is.GreaterThan(sizes[0]), "more text than is shown");
        });
    }

    [Test]
    public async Task A_right_to_left_bubble_places_the_first_child_of_a_row_on_the_right()
    {
        var bubble = Flex.Bubble()
            .Direction(BubbleDirection.RightToLeft)
            .Body(b => b.Horizontal(row => row.Text("first").Text("second", t => t.Margin("xl"))))
            .Build();
        var page = await ShowAsync(FlexPreview.Render(bubble, Offline));

        var first = await BoxOfAsync(page, "body.contents[0].contents[0]");
        var second = await BoxOfAsync(page, "body.contents[0].contents[1]");
        Assert.Multiple(() =>
        {
            Assert.That(first.X, Is.GreaterThan(second.X));
            Assert.That(first.X - second.Right, Is.EqualTo(16).Within(0.5), "margin xl, before the second child on its right");
        });
    }

    [Test]
    public async Task A_giga_bubble_is_500px_wide()
    {
        var page = await ShowAsync(FlexPreview.Render(Flex.Bubble().Size(BubbleSize.Giga).Body(b => b.Text("Wide")).Build(), Offline));

        Assert.That((await BubbleBoxAsync(page)).Width, Is.EqualTo(500));
    }

    [Test]
    public async Task The_hostile_corpus_opens_no_dialog_runs_no_script_navigates_nowhere_and_requests_nothing()
    {
        var page = await SystemChromium.NewPageAsync(Browser);
        var dialogs = new List<string>();
        var requests = new List<string>();
        var navigations = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        page.Request += (_, request) => requests.Add(request.Url);
        page.FrameNavigated += (_, frame) => navigations.Add(frame.Url);
        await page.RouteAsync("**/*", route => route.AbortAsync());

        // Images on: only the policy and the URL checks stand between the corpus and the network.
        await page.SetContentAsync(FlexPreview.Render(HostileCorpus.AllInOneRequest()));
        navigations.Clear();
        var found = await page.EvaluateAsync<JsonElement>(
            """
            () => ({
              scripts: document.scripts.length,
              handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')).length,
              scriptLinks: [...document.querySelectorAll('[href],[src]')].map(e => e.getAttribute('href') ?? e.getAttribute('src')).filter(u => !/^https:/.test(u)).length,
              frames: document.querySelectorAll('iframe,object,embed,form,base,link,meta[http-equiv=refresh]').length,
              cards: document.querySelectorAll('section.lf-card').length,
            })
            """);

        Assert.Multiple(() =>
        {
            Assert.That(dialogs, Is.Empty);
            Assert.That(navigations, Is.Empty);
            Assert.That(requests.Where(u => !u.StartsWith("https://example.com/", StringComparison.Ordinal)), Is.Empty, "requests to any host but the corpus's own https images");
            Assert.That(found.GetProperty("scripts").GetInt32(), Is.Zero);
            Assert.That(found.GetProperty("handlers").GetInt32(), Is.Zero);
            Assert.That(found.GetProperty("scriptLinks").GetInt32(), Is.Zero);
            Assert.That(found.GetProperty("frames").GetInt32(), Is.Zero);
            Assert.That(found.GetProperty("cards").GetInt32(), Is.EqualTo(HostileCorpus.Cases().Count()));
        });
    }

    [Test]
    public async Task The_hostile_corpus_offline_requests_nothing_at_all()
    {
        var page = await SystemChromium.NewPageAsync(Browser);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync("**/*", route => route.AbortAsync());

        await page.SetContentAsync(FlexPreview.Render(HostileCorpus.AllInOneRequest(), Offline));

        Assert.That(requests, Is.Empty);
    }

    [Test]
    public async Task A_rounded_box_clips_its_contents_as_LINE_does()
    {
        var bubble = Flex.Bubble().Body(b => b.Box(BoxLayout.Vertical, avatar => avatar
            .CornerRadius("100px").Width("72px").Height("72px")
            .Image("https://example.com/avatar.png", image => image.Size("full").AspectMode(AspectMode.Cover)))).Build();
        var page = await ShowAsync(FlexPreview.Render(bubble, Offline));

        var overflow = await page.Locator("[data-path='body.contents[0]']").EvaluateAsync<string>("e => getComputedStyle(e).overflow");

        Assert.That(overflow, Is.EqualTo("hidden"), "a round avatar shows round, not square");
    }

    [TestCase(BubbleSize.Nano, "10px")]
    [TestCase(BubbleSize.Micro, "10px")]
    [TestCase(BubbleSize.Kilo, "10px")]
    [TestCase(BubbleSize.Mega, "17px")]
    public async Task A_bubble_has_the_corners_of_its_size(BubbleSize size, string radius)
    {
        var page = await ShowAsync(FlexPreview.Render(Flex.Bubble().Size(size).Body(b => b.Text("Hi")).Build(), Offline));

        Assert.That(await page.Locator(".lf-bubble").EvaluateAsync<string>("e => getComputedStyle(e).borderTopLeftRadius"), Is.EqualTo(radius));
    }

    [Test]
    public async Task A_button_label_too_wide_for_its_button_is_cut_at_the_end_with_an_ellipsis()
    {
        var bubble = Flex.Bubble().Size(BubbleSize.Nano).Body(b => b.Button(Flex.Postback("Confirm the booking", "confirm"), button => button.Style(ButtonStyle.Primary))).Build();
        var page = await ShowAsync(FlexPreview.Render(bubble, Offline));

        var button = await BoxOfAsync(page, "body.contents[0]");
        var label = await page.Locator("[data-path='body.contents[0]']").EvaluateAsync<double[]>(
            """
            e => { const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT); const t = w.nextNode(); const r = document.createRange(); r.selectNodeContents(t);
              const p = t.parentElement; const s = getComputedStyle(p);
              return [r.getBoundingClientRect().x, s.textOverflow === 'ellipsis' ? 1 : 0, p.scrollWidth > p.clientWidth ? 1 : 0]; }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(label[0], Is.GreaterThanOrEqualTo(button.X), "the label's first letters are shown");
            Assert.That(label[1], Is.EqualTo(1), "the label ends in an ellipsis");
            Assert.That(label[2], Is.EqualTo(1), "the label is wider than its space");
        });
    }

    [Test]
    public async Task A_finding_badge_does_not_cover_the_text_it_marks()
    {
        var bubble = Flex.Bubble().Body(b => b
            .Text("A line of text that fills its whole row and more", t => t.Color(FlexColor.Raw("red")))
            .Text("Short", t => t.Color(FlexColor.Raw("blue")).Align(FlexAlign.End))).Build();
        var page = await ShowAsync(FlexPreview.Render(bubble, Offline));

        var marked = await page.Locator(".lf-text.lf-invalid").AllAsync();
        Assert.That(marked, Has.Count.EqualTo(2));
        foreach (var element in marked)
        {
            var found = await element.EvaluateAsync<double[]>(
                """
                e => { const b = e.getBoundingClientRect(); const a = getComputedStyle(e, '::after');
                  const r = document.createRange(); r.selectNodeContents(e); const t = r.getBoundingClientRect();
                  const top = b.y + e.clientTop + parseFloat(a.top), left = b.x + e.clientLeft + parseFloat(a.left);
                  return [top, top + parseFloat(a.height), left, left + parseFloat(a.width), t.y, t.bottom, t.x, t.right]; }
                """);
            var overlaps = found[0] < found[5] && found[1] > found[4] && found[2] < found[7] && found[3] > found[6];
            Assert.That(overlaps, Is.False, $"the badge [{found[0]}..{found[1]} x {found[2]}..{found[3]}] covers the text [{found[4]}..{found[5]} x {found[6]}..{found[7]}]");
        }
    }

    /// <summary>Opens <paramref name="html"/> (or navigates to <paramref name="url"/>) and lists every request it makes, none of which leaves the page.</summary>
    private async Task<List<string>> RequestsOfAsync(string? html, Uri? url = null)
    {
        var page = await SystemChromium.NewPageAsync(Browser);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync("**/*", route => url is not null && route.Request.Url.StartsWith(url.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        if (url is not null)
        {
            await page.GotoAsync(url.AbsoluteUri);
        }
        else
        {
            await page.SetContentAsync(html!);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return requests.Where(u => url is null || !u.StartsWith(url.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)).ToList();
    }

    private static FlexBubble Tracked(string url) => Flex.Bubble().Body(b => b.Image(url).Text("Hi")).Build();

    [Test]
    public async Task Images_on_fetch_the_image_and_images_off_fetch_nothing()
    {
        var on = await RequestsOfAsync(FlexPreview.Render(Tracked("https://tracker.example/pixel.png")));
        var off = await RequestsOfAsync(FlexPreview.Render(Tracked("https://tracker.example/pixel.png"), Offline));

        Assert.Multiple(() =>
        {
            Assert.That(on, Is.EqualTo(new[] { "https://tracker.example/pixel.png" }));
            Assert.That(off, Is.Empty);
        });
    }

    [TestCase("https://ann:hunter2@tracker.example/pixel.png")]
    [TestCase("https://ann@tracker.example/pixel.png")]
    public async Task An_image_url_with_credentials_is_never_fetched(string url) =>
        Assert.That(await RequestsOfAsync(FlexPreview.Render(Tracked(url))), Is.Empty);

    [Test]
    public async Task The_sandbox_inbox_fetches_the_images_of_accepted_requests_only()
    {
        await using var sandbox = await LineFlex.Sandbox.SandboxServer.StartAsync();
        using var client = new Sandbox.SandboxClient(sandbox);
        var accepted = Sandbox.SandboxClient.SeedRequest();
        accepted["messages"]![0]!["content"]!["contents"]!["header"]!["contents"]![0]!["url"] = "https://tracker.example/accepted.png";
        var refused = (Newtonsoft.Json.Linq.JObject)accepted.DeepClone();
        refused["messages"]![0]!["content"]!["contents"]!["header"]!["contents"]![0]!["url"] = "https://tracker.example/refused.png";
        refused["messages"]![0]!["content"]!["altText"] = new string('x', 401);
        (await client.PostMessagesAsync(accepted)).Dispose();
        (await client.PostMessagesAsync(refused)).Dispose();

        var requests = await RequestsOfAsync(null, sandbox.BaseUrl);

        Assert.Multiple(() =>
        {
            Assert.That(sandbox.Accepted, Has.Count.EqualTo(1), "one request refused");
            Assert.That(requests, Is.EqualTo(new[] { "https://tracker.example/accepted.png" }));
        });
    }

    [TestCase("seed-bubble")]
    [TestCase("every-component-thai")]
    [TestCase("invalid-bubble")]
    [TestCase("seed-request")]
    public async Task Screenshots_match_their_baselines(string name)
    {
        var html = name switch
        {
            "seed-bubble" => FlexPreview.Render(PurchaseComplete.Bubble(), Offline),
            "every-component-thai" => FlexPreview.Render(PreviewSamples.EveryComponent(), Offline),
            "invalid-bubble" => FlexPreview.Render(PreviewSamples.Invalid(), Offline),
            _ => FlexPreview.Render(PurchaseComplete.Request(), Offline),
        };
        var page = await ShowAsync(html);

        var png = await page.Locator("section.lf-card").First.ScreenshotAsync(new LocatorScreenshotOptions { Animations = ScreenshotAnimations.Disabled });

        await ScreenshotComparison.MatchAsync(Browser, png, name);
    }
}
