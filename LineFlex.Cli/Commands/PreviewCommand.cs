using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex preview file.json [-o out.html] [--png out.png] [--no-images]</c>: renders a request, message or bubble
/// file as an HTML preview (next to the input unless <c>-o</c> says where) and, with <c>--png</c>, a screenshot of it.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The viewport of <c>--png</c>, in CSS pixels at scale 1: a giga bubble and its card fit across.</summary>
    public const int PngWidth = 560;

    /// <summary>The viewport height of <c>--png</c>; the screenshot is of the cards, as tall as they are.</summary>
    public const int PngHeight = 4000;

    private static readonly PreviewOptions Offline = new() { LoadImages = false };

    public static Command Create()
    {
        var file = new FileInput("A JSON file: a request, a message, a content, a bubble, or LINE's Flex JSON.");
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the HTML; next to the input, as .html, by default." };
        var png = new Option<FileInfo>("--png") { Description = "Also write a PNG screenshot here, with a local headless Chromium (images drawn as placeholders)." };
        var noImages = new Option<bool>("--no-images") { Description = "Draw images and icons as placeholders of their size, so opening the HTML fetches nothing: for a file from someone else." };
        var command = new Command(
            "preview",
            "Render a JSON file (a request, message, content or bubble, or LINE's Flex JSON) as an HTML preview laid out as LINE lays it out, with its findings marked; prints the path. Invalid files still render.")
        {
            output,
            png,
            noImages,
        };
        file.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(file.File)!;
            if (file.ReadSettled(result, "No preview written") is not { } read)
            {
                return ExitCode.Failure;
            }

            var html = PreviewFile.Render(read, result.GetValue(noImages) ? Offline : PreviewOptions.Default);
            var errors = read.Validation().Errors.Count;

            var target = result.GetValue(output)?.FullName ?? Path.ChangeExtension(input.FullName, ".html");
            if (target == input.FullName || result.GetValue(png)?.FullName == input.FullName)
            {
                throw new CommandFailedException($"{input.FullName} is the file read; the preview would write over it. Choose another path with -o (and --png).", ExitCode.Usage);
            }

            Write(target, html);
            var stdout = result.InvocationConfiguration.Output;
            stdout.WriteLine($"Wrote {target}" + (errors > 0 ? $" ({errors} error(s) marked in it)." : "."));

            if (result.GetValue(png) is { } picture)
            {
                // The screenshot fetches nothing: images are placeholders of their size.
                var offline = PreviewFile.Render(read, Offline);
                var page = Path.Combine(Path.GetTempPath(), $"lineflex-preview-{Guid.NewGuid():N}.html");
                Write(page, offline);
                try
                {
                    await HeadlessChromium.ScreenshotAsync(HeadlessChromium.Find(), page, picture.FullName, PngWidth, PngHeight, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    File.Delete(page);
                }

                stdout.WriteLine($"Wrote {picture.FullName}.");
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static void Write(string path, string html)
    {
        try
        {
            File.WriteAllText(path, html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"{path} could not be written: {e.Message} Choose another place with -o.");
        }
    }
}
