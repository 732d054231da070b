using LineFlex.Sandbox;
using LineFlex.Tests.Preview;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace LineFlex.Tests.Sandbox;

/// <summary>
/// The inbox in a real browser (Debian's Chromium through Playwright), loaded from a running sandbox: its cards keep the
/// preview's colours, and its message table does not break a status in the middle of the word.
/// </summary>
[NonParallelizable]
public class SandboxInboxBrowserTests : ChromiumFixture
{
    private FakeTimeProvider _clock = null!;
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    [SetUp]
    public async Task StartSandbox()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        _server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock, DeliveryDelay = TimeSpan.FromSeconds(1) });
        _client = new SandboxClient(_server);
    }

    [TearDown]
    public async Task StopSandbox()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>An accepted message with a primary and a link button, to destinations whose long ids squeeze the table.</summary>
    private async Task SendButtonsAsync()
    {
        var request = Flex.Request()
            .Message(m => m
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To("66855538125", messageId: "order-2026-11-27-000042-confirmation-a1b2c3d4e5f6")
                .To("66855538126", messageId: "order-2026-11-27-000043-confirmation-f6e5d4c3b2a1")
                .AltText("Your order")
                .Bubble(b => b
                    .Body(body => body.Text("Your order is on its way"))
                    .Footer(f => f
                        .Button(Flex.Uri("Track", "https://example.com/track/42"), button => button.Style(ButtonStyle.Primary))
                        .Button(Flex.Uri("Help", "https://example.com/help"), button => button.Style(ButtonStyle.Link)))))
            .Build();
        using var response = await _client.PostMessagesAsync(FlexJson.Serialize(request));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
    }

    private async Task<IPage> OpenInboxAsync()
    {
        var page = await SystemChromium.NewPageAsync(Browser);
        await page.GotoAsync(_server.BaseUrl.AbsoluteUri);
        return page;
    }

    [Test]
    public async Task Buttons_in_the_inbox_keep_the_colours_of_the_preview()
    {
        await SendButtonsAsync();
        var page = await OpenInboxAsync();

        var primary = await page.Locator(".lf-entry .lf-button.lf-primary").EvaluateAsync<string>("e => getComputedStyle(e).color");
        var link = await page.Locator(".lf-entry .lf-button.lf-link").EvaluateAsync<string>("e => getComputedStyle(e).color");

        Assert.Multiple(() =>
        {
            Assert.That(primary, Is.EqualTo("rgb(255, 255, 255)"));
            Assert.That(link, Is.EqualTo("rgb(66, 101, 154)"));
        });
    }

    [Test]
    public async Task A_status_is_never_broken_across_lines()
    {
        await SendButtonsAsync();
        var page = await OpenInboxAsync();

        var statuses = page.Locator(".lf-entry td.lf-status");
        Assert.That(await statuses.CountAsync(), Is.EqualTo(2));
        foreach (var status in await statuses.AllAsync())
        {
            var (text, lines) = (await status.InnerTextAsync(), await status.EvaluateAsync<int>(
                "e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"));
            Assert.That((text, lines), Is.EqualTo(("DELIVERED", 1)));
        }
    }
}
