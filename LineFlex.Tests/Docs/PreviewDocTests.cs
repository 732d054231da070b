using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>docs/preview.md's property table has one row for every property of the schema, each saying how it is shown: by LINE's documented rule, by measured figures, approximately, or not at all.</summary>
public partial class PreviewDocTests
{
    private static readonly string[] Verdicts = ["exact", "measured", "approximate", "not shown"];

    [GeneratedRegex(@"^\| (\w+) \| `(\w+)` \| ([a-z ]+) \| (.*) \|$")]
    private static partial Regex PropertyRow();

    private static List<(string Node, string Property, string Verdict)> Rows() =>
        File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "preview.md"))
            .Select(line => PropertyRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))
            .ToList();

    private static IEnumerable<string> SchemaProperties() =>
        FlexSchema.Nodes.Where(n => !n.IsAbstract).SelectMany(n => n.Properties.Select(p => n.Name + "." + p.WireName));

    [Test]
    public void Every_property_of_the_schema_has_a_row() =>
        Assert.That(SchemaProperties().Except(Rows().Select(r => r.Node + "." + r.Property)), Is.Empty);

    [Test]
    public void Every_row_is_a_property_of_the_schema_and_appears_once()
    {
        var rows = Rows().Select(r => r.Node + "." + r.Property).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Except(SchemaProperties()), Is.Empty);
            Assert.That(rows, Is.Unique);
        });
    }

    [Test]
    public void Every_row_says_exact_measured_approximate_or_not_shown() =>
        Assert.That(Rows().Select(r => r.Verdict), Is.All.AnyOf(Verdicts));

    [Test]
    public void The_sample_renders_a_request_and_an_offline_bubble()
    {
        var request = LineFlex.Cli.Demo.PurchaseComplete.Request();
        var bubble = LineFlex.Cli.Demo.PurchaseComplete.Bubble();

        // As in docs/preview.md.
        string html = FlexPreview.Render(request);
        string offline = FlexPreview.Render(bubble, new PreviewOptions { LoadImages = false });

        Assert.That(html.Length > 0 && offline.Length > 0, Is.True);
    }
}
