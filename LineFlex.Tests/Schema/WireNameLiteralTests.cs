using System.Text.RegularExpressions;

namespace LineFlex.Tests.Schema;

/// <summary>The builders, the writer and the reader take wire names from the model's declarations, never from string literals of their own.</summary>
public partial class WireNameLiteralTests
{
    [GeneratedRegex("\"([A-Za-z]+)\"")]
    private static partial Regex Literal();

    [Test]
    public void No_hand_written_builder_writer_or_reader_file_spells_a_wire_property_name()
    {
        var wireNames = FlexSchema.Nodes.SelectMany(n => n.Properties).Select(p => p.WireName).Append("type").ToHashSet(StringComparer.Ordinal);
        var dsl = Path.Combine(TestData.RepositoryRoot(), "LineFlex.Dsl");
        var files = Directory.GetFiles(Path.Combine(dsl, "Building"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(dsl, "Json"), "*.cs"))
            .ToList();

        var found = files
            .SelectMany(file => File.ReadLines(file)
                .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(line => Literal().Matches(line).Select(m => m.Groups[1].Value))
                .Where(wireNames.Contains)
                .Select(name => $"{Path.GetFileName(file)}: \"{name}\""))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Count.GreaterThan(10));
            Assert.That(found, Is.Empty);
        });
    }
}
