using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>The files the docs run commands on exist: each gallery file they name is one <c>lineflex gallery</c> writes.</summary>
public partial class DocFileTests
{
    [GeneratedRegex(@"\bgallery/([\w.-]+\.json)\b")]
    private static partial Regex GalleryFile();

    [Test]
    public void Every_gallery_file_the_docs_name_is_written_by_the_gallery_command()
    {
        var root = TestData.RepositoryRoot();
        var named = Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .SelectMany(page => GalleryFile().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "doc-gallery-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = LineFlex.Cli.CliApp.Run(["gallery", "-o", folder], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error.ToString());
            Assert.That(named, Does.Contain("shipment-tracking.en.json"));
            Assert.That(named.Where(file => !File.Exists(Path.Combine(folder, file))), Is.Empty);
        });
    }
}
