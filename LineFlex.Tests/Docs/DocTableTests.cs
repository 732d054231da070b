namespace LineFlex.Tests.Docs;

/// <summary>
/// The committed tables of docs/ that follow from the schema are what <see cref="DocTables"/> writes from it. Run
/// <see cref="Regeneration.Command"/> to write them after changing the model.
/// </summary>
[Category(Regeneration.Category)]
public class DocTableTests
{
    [TestCaseSource(typeof(DocTables), nameof(DocTables.Files))]
    public void The_committed_tables_are_what_the_schema_gives(string file)
    {
        var path = Path.Combine(TestData.RepositoryRoot(), "docs", file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");

        var regenerated = DocTables.Regenerate(file, text);

        if (Regeneration.IsRequested)
        {
            File.WriteAllText(path, regenerated);
            return;
        }

        Assert.That(text, Is.EqualTo(regenerated), $"docs/{file} has a table the schema no longer gives. Write it with: {Regeneration.Command}");
    }
}
