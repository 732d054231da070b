using LineFlex.Gallery;
using LineFlex.Testing;

namespace LineFlex.Tests.Gallery;

/// <summary>The gallery: every template's every sample is valid without warnings, in LON's shape, and matches its wire JSON snapshot.</summary>
public class GalleryTests
{
    private static IEnumerable<FlexTemplateCase> Cases() => FlexTemplateCase.All(typeof(Brand).Assembly);

    [TestCaseSource(nameof(Cases))]
    public void Each_sample_matches_its_snapshot_without_warnings(FlexTemplateCase sample)
    {
        var report = sample.MatchSnapshot();

        Assert.That(report.Findings, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_sample_is_in_lon_shape_without_a_guideline_warning_or_an_error(FlexTemplateCase sample)
    {
        string[] lon = [FlexRules.OneIcon.Code, .. FlexRules.LonGuidelines.Select(r => r.Code)];

        var report = new FlexValidator().Validate(sample.Build());

        Assert.That(lon, Is.EquivalentTo(new[] { "LF508", "LF510", "LF511", "LF512", "LF513", "LF514", "LF515" }));
        Assert.That(report.Findings.Where(f => f.Severity == FindingSeverity.Error || lon.Contains(f.Code)), Is.Empty);
    }

    [Test]
    public void The_gallery_holds_ten_templates_each_with_thai_japanese_and_english_samples()
    {
        var templates = FlexTemplateRegistry.FromAssembly(typeof(Brand).Assembly).Templates;

        Assert.That(templates, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(templates.Where(t => !new[] { "th", "ja", "en" }.All(t.SampleNames.Contains)).Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void The_templates_page_shows_a_preview_image_of_every_gallery_template()
    {
        var page = File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "docs", "templates.md"));
        var templates = FlexTemplateRegistry.FromAssembly(typeof(Brand).Assembly).Templates;

        var missing = templates.Where(t => !t.SampleNames.Any(sample =>
            page.Contains($"](images/gallery/{t.Name}.{sample}.png)", StringComparison.Ordinal)
            && File.Exists(Path.Combine(TestData.RepositoryRoot(), "docs", "images", "gallery", $"{t.Name}.{sample}.png"))));

        Assert.That(missing.Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void An_order_of_twelve_lines_shows_eight_and_counts_the_rest()
    {
        var order = new OrderConfirmation().Sample("12-items").Model;

        var body = new OrderConfirmation().Build(order).Content!.Contents!.Body!;

        Assert.That(body.Contents!.OfType<FlexText>().Select(t => t.Text), Does.Contain("+4 more"));
        Assert.That(body.Contents!.OfType<FlexBox>().Count(), Is.EqualTo(2 + OrderConfirmation.MaxLines), "the order-number and total rows, and eight item rows");
    }
}
