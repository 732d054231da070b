using System.CommandLine;
using System.Globalization;
using System.Text;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex approval &lt;assembly-or-project&gt; -o DIR [--no-png]</c>: writes every template variant's approved
/// shape and, beside it, the review package LINE's template review asks for.
/// </summary>
internal static class ApprovalCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly PreviewOptions Offline = new() { LoadImages = false };

    private static readonly FlexValidator Validator = new();

    private static readonly HashSet<string> LonCodes = [FlexRules.OneIcon.Code, .. FlexRules.LonGuidelines.Select(r => r.Code)];

    public static Command Create()
    {
        var input = new Argument<FileInfo>("assembly-or-project") { Description = "The app's assembly (.dll) or project (.csproj, built in Release first)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The approvals folder: <template>/<variant>.approved.json and the review package.", Required = true };
        var only = new Option<string[]>("--template") { Description = "Only this template (repeat for more); every template of the assembly by default." };
        var noPng = new Option<bool>("--no-png") { Description = "Leave out the PNG previews (they need a local Chromium); the HTML previews are still written." };
        var command = new Command(
            "approval",
            "Write each template variant's approved shape (<template>/<variant>.approved.json) and its review package: the HTML and PNG preview of every sample, the bubble in Infobip's and LINE's dialect, and slots.md. Prints LINE Official Notification guideline findings (LF508, LF510 to LF515, LFA51) as warnings.")
        {
            input,
            output,
            only,
            noPng,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var registry = await TemplateAssembly.LoadAsync(result.GetValue(input)!, cancellationToken).ConfigureAwait(false);
            var folder = result.GetValue(output)!;
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var chromium = result.GetValue(noPng) ? null : HeadlessChromium.Find() ?? throw new CommandFailedException(
                "The PNG previews need a local Chromium, and none was found (LINEFLEX_CHROMIUM, or chromium on the PATH). Install one (Debian: apt-get install chromium) or pass --no-png.");
            int shapes = 0, warnings = 0;
            var names = result.GetValue(only) ?? [];
            foreach (var name in names.Where(n => !registry.TryGet(n, out _)))
            {
                throw new CommandFailedException($"There is no template \"{name}\" in the assembly; its templates are {string.Join(", ", registry.Templates.Select(t => t.Name))}.", ExitCode.Usage);
            }

            var templates = names.Length == 0 ? registry.Templates : [.. names.Select(registry.Get)];
            foreach (var template in templates)
            {
                IReadOnlyList<ApprovedShape> approved;
                try
                {
                    approved = ApprovedShape.Of(template);
                }
                catch (InvalidOperationException e)
                {
                    throw new CommandFailedException(e.Message);
                }

                var dir = Directory.CreateDirectory(Path.Combine(folder.FullName, template.Name)).FullName;
                foreach (var shape in approved)
                {
                    Write(Path.Combine(folder.FullName, shape.RelativePath), shape.ToJson());
                    shapes++;
                    foreach (var warning in ApprovalWarning.Of(shape).Concat(GuidelineWarnings(template, shape)))
                    {
                        stderr.WriteLine($"warning: {template.Name}/{shape.Variant} {warning}");
                        warnings++;
                    }
                }

                foreach (var sample in template.SampleNames)
                {
                    var request = FlexSampleMessages.Request(template, sample);
                    Write(Path.Combine(dir, sample + ".infobip.json"), FlexJson.Serialize(request, indented: true) + "\n");
                    Write(Path.Combine(dir, sample + ".line.json"), LineDialect.Export(request.Messages![0]) + "\n");
                    Write(Path.Combine(dir, sample + ".html"), FlexPreview.Render(request));
                    if (chromium is not null)
                    {
                        var page = Path.Combine(Path.GetTempPath(), $"lineflex-approval-{Guid.NewGuid():N}.html");
                        Write(page, FlexPreview.Render(request, Offline));
                        try
                        {
                            await HeadlessChromium.ScreenshotAsync(chromium, page, Path.Combine(dir, sample + ".png"), PreviewCommand.PngWidth, PreviewCommand.PngHeight, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            File.Delete(page);
                        }
                    }
                }

                Write(Path.Combine(dir, "slots.md"), SlotsTable(template, approved));
            }

            stdout.WriteLine($"Wrote {shapes} approved shapes of {templates.Count} templates, with their review packages, to {folder.FullName}" + (warnings > 0 ? $" ({warnings} warning(s))." : "."));
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>
    /// The LINE Official Notification guideline findings (LF508, LF510 to LF515) of the samples of <paramref name="shape"/>'s
    /// variant, as warnings citing Infobip's "Message types" page: LINE decides on them at its review, so they do not fail
    /// the command. A finding several samples share is listed once.
    /// </summary>
    internal static IEnumerable<ApprovalWarning> GuidelineWarnings(IFlexTemplate template, ApprovedShape shape) =>
        template.SampleNames
            .Where(s => template.SampleVariant(s) == shape.Variant)
            .SelectMany(s => Validator.Validate(FlexSampleMessages.Message(template, s)).Findings)
            .Where(f => LonCodes.Contains(f.Code))
            .DistinctBy(f => (f.Code, f.Path))
            .Select(f => new ApprovalWarning(f.Code, f.Path, f.Message, ApprovalCodes.MessageTypesSource));

    /// <summary>The slots of a template's variants as a Markdown table: slot, model property, example values, maximum length.</summary>
    internal static string SlotsTable(IFlexTemplate template, IReadOnlyList<ApprovedShape> shapes)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# {template.Name}: slots\n\n{template.Description}\n");
        foreach (var shape in shapes)
        {
            var samples = template.SampleNames.Where(s => template.SampleVariant(s) == shape.Variant).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n## Variant `{shape.Variant}` (samples: {string.Join(", ", samples)})\n\nHash: `{shape.Hash}`\n\n");
            text.Append("| slot (wire path) | model property | example values | maximum length | characters seen |\n|---|---|---|---|---|\n");
            foreach (var slot in shape.Slots)
            {
                var examples = string.Join(", ", slot.Examples.Select(e => "`" + Cell(e) + "`"));
                text.Append(CultureInfo.InvariantCulture, $"| `{slot.Path}` | {slot.Property} | {examples} | {slot.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "none declared"} (longest seen {slot.LongestSeen}) | `{Cell(slot.CharactersSeen)}` |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"{path} could not be written: {e.Message} Choose a folder you can write to with -o.");
        }
    }
}
