using Microsoft.Playwright;

namespace LineFlex.Tests.Preview;

/// <summary>
/// Debian's Chromium, driven by Playwright at a fixed viewport and scale. Playwright's own browser download cannot
/// work here, so the tests point it at the system executable. In CI (<c>CI</c> set) a missing Chromium fails the
/// tests, since .ci/run installs it; elsewhere the tests are ignored with a message saying how to install it.
/// </summary>
internal static class SystemChromium
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string? Find() =>
        Environment.GetEnvironmentVariable("LINEFLEX_CHROMIUM") is { Length: > 0 } given ? given : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Launches the system Chromium headless, or fails (CI) or ignores (elsewhere) the calling fixture.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Find();
        if (executable is null)
        {
            const string missing = "Chromium is not installed; the browser tests need Debian's chromium package "
                + "(apt-get install -y chromium fonts-noto-core fonts-thai-tlwg), which .ci/run installs.";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(missing);
            }

            Assert.Ignore(missing);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none", "--disable-lcd-text", "--force-color-profile=srgb"],
        });
        return (playwright, browser);
    }

    /// <summary>A page 600 by 900 CSS pixels at scale 1, with nothing reaching the network.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 600, Height = 900 },
            DeviceScaleFactor = 1,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        return await context.NewPageAsync();
    }
}
