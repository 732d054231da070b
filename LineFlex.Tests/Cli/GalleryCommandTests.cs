namespace LineFlex.Tests.Cli;

/// <summary>lineflex gallery writes every gallery template's sample requests.</summary>
public class GalleryCommandTests
{
    [Test]
    public void Gallery_writes_one_valid_request_per_template_sample()
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
            Assert.That(new FlexValidator().Validate(request).Findings, Is.Empty);
            Assert.That(output.ToString(), Does.StartWith($"Wrote {files.Count} requests of "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
