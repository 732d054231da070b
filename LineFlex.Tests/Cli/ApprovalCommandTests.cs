using LineFlex.Cli;
using LineFlex.Cli.Commands;
using LineFlex.Gallery;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Cli;

/// <summary><c>lineflex approval</c> writes approved shapes and review packages; <c>lineflex check</c> holds a file to them.</summary>
public class ApprovalCommandTests
{
    private DirectoryInfo _folder = null!;

    private static string GalleryAssembly => typeof(Brand).Assembly.Location;

    private string Approvals => Path.Combine(_folder.FullName, "approvals");

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-approval-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public void Approval_writes_a_shape_per_variant_and_the_review_package_and_warns_of_model_button_uris()
    {
        var (exitCode, output, error) = Run("approval", GalleryAssembly, "-o", Approvals, "--no-png");

        var shapes = Directory.GetFiles(Approvals, "*.approved.json", SearchOption.AllDirectories);
        var tracking = Path.Combine(Approvals, "shipment-tracking");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCode.Success), error);
            Assert.That(shapes, Has.Length.GreaterThanOrEqualTo(10));
            Assert.That(Directory.GetDirectories(Approvals), Has.Length.EqualTo(10));
            Assert.That(File.ReadAllText(Path.Combine(tracking, "slots.md")), Does.Contain("| TrackingNumber | `KEX123456789TH` |"));
            Assert.That(error, Does.Contain("warning: shipment-tracking/th content.contents.body.contents[5].action.uri: The button's URI comes from the model (TrackingUrl); LON fixes button URLs at approval.")
                .And.Contain("[LFA51] (https://www.infobip.com/docs/line/message-types)"));
            Assert.That(error, Does.Not.Contain("[LF5"), "the gallery is in LON's shape");
            Assert.That(output, Does.StartWith($"Wrote {shapes.Length} approved shapes of 10 templates"));
            Assert.That(JObject.Parse(File.ReadAllText(Path.Combine(tracking, "th.line.json")))["type"]?.ToString(), Is.EqualTo("flex"));
            Assert.That(JObject.Parse(File.ReadAllText(Path.Combine(tracking, "th.infobip.json")))["messages"], Is.Not.Null);
            Assert.That(File.ReadAllText(Path.Combine(tracking, "th.html")), Does.Contain("KEX123456789TH"));
        });
    }

    [Test]
    public void Approval_prints_the_lon_guideline_findings_of_a_template_as_warnings_and_still_succeeds()
    {
        var (exitCode, output, error) = Run("approval", typeof(LineFlex.Tests.Templates.Greeting).Assembly.Location, "-o", Approvals, "--template", "greeting", "--no-png");

        Assert.That(exitCode, Is.EqualTo(ExitCode.Success), error);
        Assert.That(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "warning: greeting/default content.contents.header: The bubble has no header; a LINE Official Notification carries LINE's fixed header. Add it with .LineHeader(). [LF510] (https://www.infobip.com/docs/line/message-types)",
            "warning: greeting/default content.contents.footer: The bubble has no footer; a LINE Official Notification carries LINE's fixed footer. Add it with .LineFooter(). [LF511] (https://www.infobip.com/docs/line/message-types)",
        }));
        Assert.That(output, Does.EndWith(" (2 warning(s))." + Environment.NewLine));
    }

    [Test]
    public void Guideline_warnings_name_each_lon_finding_of_a_variant_once_with_its_code_path_and_source()
    {
        var template = new OffShape();

        var warnings = ApprovalCommand.GuidelineWarnings(template, ApprovedShape.Of(template).Single()).ToList();

        Assert.That(warnings.Select(w => w.Code).Distinct(), Is.EquivalentTo(new[] { "LF508", "LF510", "LF511", "LF512", "LF513", "LF514", "LF515" }));
        Assert.That(warnings.Select(w => (w.Code, w.Path)), Is.Unique, "the two samples' findings are listed once");
        Assert.That(warnings.Select(w => w.Source), Is.All.EqualTo("https://www.infobip.com/docs/line/message-types"));
        Assert.That(warnings.Select(w => w.ToString()), Does.Contain("content.contents.body.contents[2].contents[0]: A LINE Official Notification's icon stands at the very top of the body; this one does not. Put it in a BASELINE box first in the body, beside the title. [LF514] (https://www.infobip.com/docs/line/message-types)"));
        Assert.That(warnings.Where(w => w.Code == "LF515").Select(w => w.Path), Is.EqualTo(new[] { "content.contents.body.contents[3].action" }));
    }

    [Test]
    public void Approval_renders_a_png_of_every_sample_with_a_local_chromium()
    {
        if (HeadlessChromium.Find() is null)
        {
            Assert.Ignore("No Chromium on the PATH; .ci/run installs Debian's chromium package.");
        }

        var (exitCode, _, error) = Run("approval", GalleryAssembly, "-o", Approvals, "--template", "shipment-tracking");

        var pngs = Directory.GetFiles(Path.Combine(Approvals, "shipment-tracking"), "*.png").Select(Path.GetFileName);
        Assert.That(exitCode, Is.EqualTo(ExitCode.Success), error);
        Assert.That(pngs, Is.EquivalentTo(new[] { "th.png", "ja.png", "en.png" }));
        Assert.That(File.ReadAllBytes(Path.Combine(Approvals, "shipment-tracking", "th.png")).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
    }

    [Test]
    public void Approval_of_a_project_builds_it_in_release_first()
    {
        var project = Path.Combine(TestData.RepositoryRoot(), "samples", "LineFlex.Gallery", "LineFlex.Gallery.csproj");

        var (exitCode, _, error) = Run("approval", project, "-o", Approvals, "--template", "points-earned", "--no-png");

        Assert.That(exitCode, Is.EqualTo(ExitCode.Success), error);
        Assert.That(Directory.GetFiles(Path.Combine(Approvals, "points-earned"), "*.approved.json").Select(Path.GetFileName), Is.EquivalentTo(new[] { "th.approved.json", "ja.approved.json", "en.approved.json" }));
    }

    [TestCase("no-such.dll", "does not exist")]
    [TestCase("notes.txt", "is neither an assembly (.dll) nor a project (.csproj)")]
    public void Approval_of_a_missing_or_unknown_input_is_a_usage_error(string name, string says)
    {
        var path = Path.Combine(_folder.FullName, name);
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            File.WriteAllText(path, "notes");
        }

        var (exitCode, _, error) = Run("approval", path, "-o", Approvals);

        Assert.That(exitCode, Is.EqualTo(ExitCode.Usage));
        Assert.That(error, Does.Contain(says));
    }

    [Test]
    public void Approval_of_an_unknown_template_is_a_usage_error_listing_the_templates()
    {
        var (exitCode, _, error) = Run("approval", GalleryAssembly, "-o", Approvals, "--template", "no-such", "--no-png");

        Assert.That(exitCode, Is.EqualTo(ExitCode.Usage));
        Assert.That(error, Does.Contain("There is no template \"no-such\"").And.Contain("shipment-tracking"));
    }

    [Test]
    public void Check_passes_the_gallery_sample_and_one_with_another_tracking_number()
    {
        var file = GallerySample();
        var (exitCode, output, _) = Run("check", file, "--approvals", Approvals);
        Assert.That((exitCode, output), Is.EqualTo((ExitCode.Success, $"messages[0] conforms to {Shape()}.{Environment.NewLine}")));

        Edit(file, json => json.SelectToken("messages[0].content.contents.body.contents[3].contents[1].text")!.Replace("KEX000000001TH"));

        Assert.That(Run("check", file, "--approvals", Approvals).ExitCode, Is.EqualTo(ExitCode.Success));
    }

    [TestCase("title changed", "messages[0].content.contents.body.contents[0].text", "LFA01")]
    [TestCase("LINE's header changed", "messages[0].content.contents.header.contents[0].contents[0].text", "LFA01")]
    [TestCase("text appended to the body", "messages[0].content.contents.body.contents[6]", "LFA03")]
    [TestCase("footer removed", "messages[0].content.contents.footer", "LFA04")]
    [TestCase("body text colour changed", "messages[0].content.contents.body.contents[1].contents[0].color", "LFA02")]
    public void Check_fails_a_message_that_leaves_the_approved_shape_naming_the_path(string change, string path, string code)
    {
        var file = GallerySample();
        Edit(file, json =>
        {
            var contents = json.SelectToken("messages[0].content.contents")!;
            switch (change)
            {
                case "title changed": contents.SelectToken("body.contents[0].text")!.Replace("Shipped"); break;
                case "LINE's header changed": contents.SelectToken("header.contents[0].contents[0].text")!.Replace("ACME NOTICE"); break;
                case "text appended to the body": ((JArray)contents.SelectToken("body.contents")!).Add(new JObject { ["type"] = "TEXT", ["text"] = "Thanks" }); break;
                case "footer removed": ((JObject)contents).Remove("footer"); break;
                default: contents.SelectToken("body.contents[1].contents[0].color")!.Replace("#FF0000"); break;
            }
        });

        var (exitCode, output, error) = Run("check", file, "--approvals", Approvals);

        Assert.That(exitCode, Is.EqualTo(ExitCode.Failure));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain($"{Environment.NewLine}messages[0] does not conform to shipment-tracking/th, the closest approval (1 difference(s)):{Environment.NewLine}"));
        Assert.That(error, Does.Contain($"  {path}: ").And.Contain($"[{code}]"));
    }

    [Test]
    public void Check_with_a_missing_approvals_folder_says_how_to_write_one()
    {
        var (exitCode, _, error) = Run("check", GallerySampleWithoutApprovals(), "--approvals", Path.Combine(_folder.FullName, "none"));

        Assert.That(exitCode, Is.EqualTo(ExitCode.Failure));
        Assert.That(error, Does.Contain("There is no approvals folder").And.Contain("lineflex approval"));
    }

    private static string Shape() => ApprovedShape.Of(new ShipmentTracking()).Single(s => s.Variant == "th") is var s ? $"{s.Template}/{s.Variant} ({s.Hash})" : string.Empty;

    // The approvals, and the gallery's own shipment-tracking.th.json as `lineflex gallery` writes it.
    private string GallerySample()
    {
        Assert.That(Run("approval", GalleryAssembly, "-o", Approvals, "--template", "shipment-tracking", "--no-png").ExitCode, Is.EqualTo(ExitCode.Success));
        return GallerySampleWithoutApprovals();
    }

    private string GallerySampleWithoutApprovals()
    {
        var gallery = Path.Combine(_folder.FullName, "gallery");
        Assert.That(Run("gallery", "-o", gallery).ExitCode, Is.EqualTo(ExitCode.Success));
        return Path.Combine(gallery, "shipment-tracking.th.json");
    }

    /// <summary>A template in no LON shape: its own header, no footer, an IMAGE first in the body, two ICONs below it and a POSTBACK button.</summary>
    private sealed class OffShape : FlexTemplate<string>
    {
        public override string Name => "off-shape";

        public override string Description => "Leaves every LON guideline.";

        public override IEnumerable<FlexSample<string>> Samples => [new("en", "A-1"), new("again", "A-2")];

        protected override void Compose(MessageBuilder message, string model) => message
            .AltText($"Order {model}")
            .Bubble(b => b
                .Header(h => h.Text("ACME"))
                .Body(body => body
                    .Image("https://example.com/logo.png")
                    .Text($"Order {model}")
                    .Baseline(row => row.Icon("https://example.com/a.png").Icon("https://example.com/b.png").Text("Paid"))
                    .Button(Flex.Postback("Confirm", "action=confirm"))));
    }

    private static void Edit(string file, Action<JObject> edit)
    {
        var json = JObject.Parse(File.ReadAllText(file));
        edit(json);
        File.WriteAllText(file, json.ToString());
    }
}
