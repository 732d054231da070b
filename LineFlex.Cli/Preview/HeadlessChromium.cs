using System.Runtime.InteropServices;
using Microsoft.Playwright;

namespace LineFlex.Cli;

/// <summary>
/// Takes a PNG of an HTML file with a locally installed Chromium, driven headless by Playwright at a fixed viewport
/// and scale. The executable is <c>LINEFLEX_CHROMIUM</c> when set, else the first of <c>chromium</c>,
/// <c>chromium-browser</c>, <c>google-chrome</c> on the PATH. Nothing is downloaded: Playwright's own browsers are never used.
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutableVariable = "LINEFLEX_CHROMIUM";

    /// <summary>How long starting Chromium, loading the page or taking the screenshot may take, each.</summary>
    private const float TimeoutMilliseconds = 60_000;

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? Find() =>
        Find(Environment.GetEnvironmentVariable(ExecutableVariable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The executable <paramref name="configured"/> names if it exists, else the first Chromium on <paramref name="path"/>.</summary>
    public static string? Find(string? configured, string? path)
    {
        if (configured is { Length: > 0 })
        {
            return File.Exists(configured) ? configured : null;
        }

        return (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => Names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Throws unless Playwright's driver is in <paramref name="toolDirectory"/> (in <c>.playwright/node</c>, where
    /// Playwright looks for it): the tool's package for Linux, macOS or Windows x64 carries one, the package for any
    /// other platform does not.
    /// </summary>
    /// <exception cref="CommandFailedException">The driver is not there.</exception>
    public static void EnsureDriver(string toolDirectory)
    {
        if (!Directory.Exists(Path.Combine(toolDirectory, ".playwright", "node")))
        {
            throw new CommandFailedException(
                $"--png needs Playwright's driver, which the lineflex tool carries for linux-x64, linux-arm64, osx-x64, osx-arm64 "
                + $"and win-x64 only, and this machine is {RuntimeInformation.RuntimeIdentifier} (no driver in {Path.Combine(toolDirectory, ".playwright")}). "
                + "Take the screenshot on one of those, or open the HTML preview, which was written, in a browser.");
        }
    }

    /// <summary>
    /// Writes <paramref name="png"/> from <paramref name="html"/>: Playwright drives <paramref name="executable"/> (from
    /// <see cref="Find()"/>; null when there is none) headless, in a viewport <paramref name="width"/> by
    /// <paramref name="height"/> CSS pixels at scale 1, and takes a screenshot of the page's body, exactly the cards
    /// and their padding however tall they are, without the empty page below them.
    /// </summary>
    /// <exception cref="CommandFailedException">
    /// No Chromium is installed, the tool has no Playwright driver for this platform, or Chromium failed or took over a minute.
    /// </exception>
    public static async Task ScreenshotAsync(string? executable, string html, string png, int width, int height, CancellationToken cancellationToken)
    {
        if (executable is null)
        {
            throw new CommandFailedException(
                $"--png needs a local Chromium, and none was found ({string.Join(", ", Names)} on the PATH, or {ExecutableVariable}). "
                + "Install one (Debian: apt-get install chromium) or leave out --png; the HTML preview was written.");
        }

        EnsureDriver(AppContext.BaseDirectory);

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Timeout = TimeoutMilliseconds,
                Args = ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-extensions", "--disable-background-networking", "--mute-audio"],
            }).ConfigureAwait(false);
            using var stop = cancellationToken.Register(() => _ = browser.CloseAsync());
            var page = await browser.NewPageAsync(new BrowserNewPageOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                DeviceScaleFactor = 1,
            }).ConfigureAwait(false);
            await page.GotoAsync(new Uri(Path.GetFullPath(html)).AbsoluteUri, new PageGotoOptions { Timeout = TimeoutMilliseconds }).ConfigureAwait(false);
            await page.Locator("body").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.GetFullPath(png),
                Type = ScreenshotType.Png,
                Animations = ScreenshotAnimations.Disabled,
                Timeout = TimeoutMilliseconds,
            }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new CommandFailedException($"{executable} took over a minute to take the screenshot and was stopped.");
        }
        catch (PlaywrightException failure) when (!cancellationToken.IsCancellationRequested)
        {
            var said = failure.Message.Trim().Split('\n')[0];
            throw new CommandFailedException($"{executable} could not take the screenshot: {FlexLimits.Excerpt(said)}");
        }
        catch (PlaywrightException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
