using Microsoft.Playwright;

namespace LineFlex.Tests.Preview;

/// <summary>A fixture whose tests share one headless system Chromium (<see cref="SystemChromium"/>), launched once.</summary>
public abstract class ChromiumFixture
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser, launched before the fixture's first test.</summary>
    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is launched in the fixture's one-time set-up.");

    [OneTimeSetUp]
    public async Task LaunchChromium() => (_playwright, _browser) = await SystemChromium.LaunchAsync();

    [OneTimeTearDown]
    public async Task CloseChromium()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
