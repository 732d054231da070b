using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex preview file.json [-o out.html] [--png out.png] [--no-images]</c>: renders a request, message or bubble
/// file as an HTML preview (next to the input unless <c>-o</c> says where) and, with <c>--png</c>, a screenshot of it.
/// Given a project or an assembly instead, renders every sample of every template in it on one page; with
/// <c>--watch</c>, serves that page on 127.0.0.1 and renders it again whenever the project changes.
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
        var file = new FileInput("A JSON file (a request, a message, a content, a bubble, or LINE's Flex JSON), or a project (.csproj, or its folder) or built assembly (.dll) whose templates to render.");
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the HTML; next to the input, as .html, by default." };
        var png = new Option<FileInfo>("--png") { Description = "Also write a PNG screenshot here, with a local headless Chromium (images drawn as placeholders)." };
        var noImages = new Option<bool>("--no-images") { Description = "Draw images and icons as placeholders of their size, so opening the HTML fetches nothing: for a file from someone else." };
        var watch = new Option<bool>("--watch") { Description = "For a project or assembly: serve the templates' page on 127.0.0.1, and build and render it again on every change; the open page reloads. Until Ctrl+C." };
        var port = RangedOption.WholeNumber("--port", "With --watch: the port on 127.0.0.1, 0 to 65535 (0 picks a free one).", 0, System.Net.IPEndPoint.MaxPort, 0, " (a free one)");
        var command = new Command(
            "preview",
            "Render a JSON file (a request, message, content or bubble, or LINE's Flex JSON) as an HTML preview laid out as LINE lays it out, with its findings marked; prints the path. Invalid files still render. Given a project or assembly, render every sample of every template in it on one page; --watch serves it and renders it again on every change.")
        {
            output,
            png,
            noImages,
            watch,
            port,
        };
        file.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(file.File)!;
            var options = result.GetValue(noImages) ? Offline : PreviewOptions.Default;
            if (TemplateSource.Names(input.FullName))
            {
                file.RefuseDecisions(result, $"{input.Name} is a project or assembly of templates");
                var source = TemplateSource.Of(input.FullName);
                if (result.GetValue(watch))
                {
                    Refuse(result, output, png);
                    return await TemplateWatch.RunAsync(source, options, result.GetValue(port), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
                }

                await source.BuildAsync(cancellationToken).ConfigureAwait(false);
                var page = result.GetValue(output)?.FullName ?? Path.ChangeExtension(source.Assembly!, ".templates.html");
                Write(page, source.Render(options));
                result.InvocationConfiguration.Output.WriteLine($"Wrote {page}.");
                if (result.GetValue(png) is { } shot)
                {
                    await ScreenshotAsync(source.Render(Offline), shot, result.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
                }

                return ExitCode.Success;
            }

            if (result.GetResult(watch) is { Implicit: false } || result.GetResult(port) is { Implicit: false })
            {
                throw new CommandFailedException($"--watch and --port are for a project or assembly of templates, and {input.Name} is a file to preview once; leave them out.", ExitCode.Usage);
            }

            if (file.ReadSettled(result, "No preview written") is not { } read)
            {
                return ExitCode.Failure;
            }

            var html = PreviewFile.Render(read, options);
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
                await ScreenshotAsync(PreviewFile.Render(read, Offline), picture, stdout, cancellationToken).ConfigureAwait(false);
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static async Task ScreenshotAsync(string offlineHtml, FileInfo picture, TextWriter stdout, CancellationToken cancellationToken)
    {
        var page = Path.Combine(Path.GetTempPath(), $"lineflex-preview-{Guid.NewGuid():N}.html");
        Write(page, offlineHtml);
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

    private static void Refuse(ParseResult result, params Option[] options)
    {
        if (options.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new CommandFailedException($"{given.Name} writes a file once, and --watch serves the page instead; leave {given.Name} out, or --watch.", ExitCode.Usage);
        }
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
