namespace LineFlex.Tests.Docs;

/// <summary>
/// The committed tables of docs/ that follow from the schema are what <see cref="DocTables"/> writes from it. Run
/// <see cref="DocTables.Command"/> to write them after changing the model.
/// </summary>
public class DocTableTests
{
    [TestCaseSource(typeof(DocTables), nameof(DocTables.Files))]
    public void The_committed_tables_are_what_the_schema_gives(string file)
    {
        var path = Path.Combine(TestData.RepositoryRoot(), "docs", file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");

        var regenerated = DocTables.Regenerate(file, text);

        if (Environment.GetEnvironmentVariable(DocTables.WriteVariable) == "1")
        {
            File.WriteAllText(path, regenerated);
            return;
        }

        Assert.That(text, Is.EqualTo(regenerated), $"docs/{file} has a table the schema no longer gives. Write it with: {DocTables.Command}");
    }
}
