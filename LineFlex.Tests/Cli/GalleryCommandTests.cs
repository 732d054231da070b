namespace LineFlex.Tests.Cli;

/// <summary>lineflex gallery writes every gallery template's sample requests.</summary>
public class GalleryCommandTests
{
    [Test]
    public void Gallery_writes_one_valid_request_and_its_preview_per_template_sample()
    {
        var folder = Directory.CreateTempSubdirectory("lineflex-gallery-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = LineFlex.Cli.CliApp.Run(["gallery", "-o", folder], output, error);

            var files = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).ToList();
            var request = FlexJson.Deserialize<LineRequest>(File.ReadAllText(Path.Combine(folder, "order-confirmation.th.json")));
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(files, Has.Count.GreaterThanOrEqualTo(30));
            Assert.That(files, Does.Contain("maintenance-notice.ja.json"));
            Assert.That(Directory.GetFiles(folder, "*.html"), Has.Length.EqualTo(files.Count));
            Assert.That(File.ReadAllText(Path.Combine(folder, "order-confirmation.th.html")), Does.Contain("data-path=\"messages[0].content.contents\""));
            Assert.That(new FlexValidator().Validate(request).Findings, Is.Empty, "the gallery's requests are valid and in LON's shape");
            Assert.That(output.ToString(), Does.StartWith($"Wrote {files.Count} requests of "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Gallery_writes_a_preview_beside_each_request_when_given_a_renderer()
    {
        var folder = new DirectoryInfo(Directory.CreateTempSubdirectory("lineflex-gallery-").FullName);
        try
        {
            var registry = new FlexTemplateRegistry([new LineFlex.Gallery.PointsEarned()]);

            var written = LineFlex.Cli.Commands.GalleryCommand.Write(registry, folder, request => "<p>" + request.Messages!.Count + "</p>");

            Assert.That(written, Is.EqualTo(3));
            Assert.That(File.ReadAllText(Path.Combine(folder.FullName, "points-earned.th.html")), Is.EqualTo("<p>1</p>"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
