using System.CommandLine;
using System.Text;
using LineFlex.Gallery;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex gallery [-o dir]</c>: writes the request JSON and preview HTML of every sample of every gallery template.</summary>
internal static class GalleryCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write into; created when missing.",
            DefaultValueFactory = _ => new DirectoryInfo("gallery"),
        };
        var command = new Command("gallery", "Write the request JSON and the preview HTML of every sample of every gallery template ({template}.{sample}.json and .html).")
        {
            output,
        };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            var registry = FlexTemplateRegistry.FromAssembly(typeof(Brand).Assembly);
            var written = Write(registry, folder, request => FlexPreview.Render(request));
            result.InvocationConfiguration.Output.WriteLine($"Wrote {written} requests of {registry.Templates.Count} templates, with their previews, to {folder.FullName}.");
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes each template sample's request, indented, and returns how many requests it wrote. With
    /// <paramref name="previewHtml"/> (an HTML renderer of a request), each also gets a <c>{template}.{sample}.html</c>.
    /// </summary>
    internal static int Write(FlexTemplateRegistry registry, DirectoryInfo folder, Func<LineRequest, string>? previewHtml = null)
    {
        try
        {
            folder.Create();
            var written = 0;
            foreach (var template in registry.Templates)
            {
                foreach (var sample in template.SampleNames)
                {
                    var request = FlexSampleMessages.Request(template, sample);
                    File.WriteAllText(Path.Combine(folder.FullName, $"{template.Name}.{sample}.json"), FlexJson.Serialize(request, indented: true) + "\n", Utf8);
                    if (previewHtml is not null)
                    {
                        File.WriteAllText(Path.Combine(folder.FullName, $"{template.Name}.{sample}.html"), previewHtml(request), Utf8);
                    }

                    written++;
                }
            }

            return written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot write the gallery to {folder.FullName}: {e.Message} Pick a folder you can write to with -o.");
        }
    }
}
