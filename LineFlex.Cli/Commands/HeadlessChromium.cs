using LineFlex.Sandbox;
using System.Diagnostics;

namespace LineFlex.Cli.Commands;

/// <summary>
/// Takes a PNG of an HTML file with a locally installed Chromium in headless mode, at a fixed viewport and scale.
/// The executable is <c>LINEFLEX_CHROMIUM</c> when set, else the first of <c>chromium</c>, <c>chromium-browser</c>,
/// <c>google-chrome</c> on the PATH. Nothing is downloaded.
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutableVariable = "LINEFLEX_CHROMIUM";

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
    /// Writes <paramref name="png"/> from <paramref name="html"/>, a page <paramref name="width"/> by <paramref name="height"/>
    /// CSS pixels, with <paramref name="executable"/> (from <see cref="Find()"/>; null when there is none).
    /// </summary>
    /// <exception cref="CommandFailedException">No Chromium is installed, or it failed or took over a minute.</exception>
    public static async Task ScreenshotAsync(string? executable, string html, string png, int width, int height, CancellationToken cancellationToken)
    {
        if (executable is null)
        {
            throw new CommandFailedException(
                $"--png needs a local Chromium, and none was found ({string.Join(", ", Names)} on the PATH, or {ExecutableVariable}). "
                + "Install one (Debian: apt-get install chromium) or leave out --png; the HTML preview was written.");
        }

        var profile = Directory.CreateTempSubdirectory("lineflex-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--force-device-scale-factor=1", "--mute-audio",
                $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}", $"--screenshot={Path.GetFullPath(png)}",
                new Uri(Path.GetFullPath(html)).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new CommandFailedException($"{executable} could not be started.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new CommandFailedException($"{executable} took over a minute to take the screenshot and was stopped.");
            }

            if (process.ExitCode != 0 || !File.Exists(png))
            {
                var said = (await stderr.ConfigureAwait(false)).Trim().Split('\n').LastOrDefault() ?? string.Empty;
                throw new CommandFailedException($"{executable} could not take the screenshot (exit code {process.ExitCode}): {Excerpt.Of(said)}");
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a file of its throwaway profile for a moment; the temp folder is cleaned later.
            }
        }
    }
}
