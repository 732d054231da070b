namespace LineFlex.Tests.Docs;

/// <summary>docs/interop.md's tables agree with <see cref="FlexSchema"/> and the dialect table the import and export use.</summary>
[TestFixture]
public sealed class InteropDocTests
{
    private static readonly string[] Lines =
        File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "interop.md"));

    [Test]
    public void The_type_table_lists_every_type_both_dialects_have()
    {
        var expected = FlexSchema.Nodes
            .Where(n => n.WireType is not null && n.Type != typeof(LineNotificationContent))
            .Select(n => $"| `{LineDialectTable.LineType(n.WireType!)}` | `{n.WireType}` |")
            .Append("| `flex` (a message) | `LINE_NOTIFICATION` (a message's `content`) |");

        Assert.That(Table("LINE type"), Is.EquivalentTo(expected), Print(expected));
    }

    [Test]
    public void The_keyword_table_lists_every_enum_property_with_both_spellings()
    {
        var expected = FlexSchema.Nodes
            .Where(n => IsBubblePart(n.Type))
            .SelectMany(n => n.Properties.Where(p => p.Kind == FlexValueKind.Enum).Select(p => (Node: n, Property: p)))
            .Select(x => $"| {Owner(x.Node)} | `{LineDialectTable.LineName(x.Node.Type, x.Property.WireName)}` | "
                + string.Join(" ", x.Property.Keywords.Select(k => LineDialectTable.LineWord(x.Node.Type, x.Property.WireName, k)))
                + " | " + string.Join(" ", x.Property.Keywords) + " |")
            .ToArray();

        Assert.That(Table("node | property | LINE"), Is.EquivalentTo(expected), Print(expected));
    }

    [Test]
    public void The_renamed_property_table_lists_every_rename()
    {
        var expected = LineDialectTable.Renamed.Select(r => $"| {Owner(FlexSchema.Of(r.Key.Node))} | `{r.Key.LineName}` | `{r.Value}` |");

        Assert.That(Table("node | LINE property"), Is.EquivalentTo(expected), Print(expected));
    }

    [Test]
    public void The_table_of_what_cannot_be_imported_lists_every_row_of_the_dialect_table()
    {
        var expected = DocTables.LineOnlyRows();

        Assert.That(Table("LINE has | code"), Is.EquivalentTo(expected), Print(expected));
    }

    [Test]
    public void The_table_of_export_findings_lists_every_export_code_with_its_severity()
    {
        string[] expected = [$"{LineDialectTable.LineLimitCode} | error", $"{LineDialectTable.InfobipOnlyCode} | warning", $"{LineDialectTable.NotExportedCode} | warning"];

        Assert.That(Table("code | severity | export").Select(row => string.Join(" | ", row.Split('|')[1..3].Select(cell => cell.Trim()))), Is.EqualTo(expected));
    }

    [Test]
    public void The_generated_code_shown_is_what_FlexCode_writes_for_that_bubble()
    {
        var bubble = Flex.Bubble()
            .Header(BoxLayout.Horizontal, h => h.Text("RECEIPT", t => t.Bold().Color("#1DB446").Size("sm")))
            .Body(b => b
                .Horizontal(row => row.Text("Coffee").Text("$3.00", t => t.Align(FlexAlign.End)))
                .Horizontal(row => row.Text("Tea").Text("$2.50", t => t.Align(FlexAlign.End))))
            .Footer(f => f.Button(Flex.Uri("Track", "https://example.com/track"), b => b.Style(ButtonStyle.Primary)))
            .Build();
        var text = string.Join("\n", Lines);
        var start = text.IndexOf("```csharp\nFlex.Bubble()", StringComparison.Ordinal) + "```csharp\n".Length;

        Assert.That(text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)], Is.EqualTo(FlexCode.Generate(bubble)));
    }

    [Test]
    public void The_workflow_s_import_and_codegen_output_is_what_the_commands_print()
    {
        var shipped = TestData.SamplePath(Path.Combine("Line", "shipped.json"));
        var request = Path.Combine(TestContext.CurrentContext.WorkDirectory, "request.json");
        var import = Run("import", shipped, "--alt-text", "Your order has shipped", "--sender", "OFFICIAL-ACCOUNT-ID-123", "--to", "66855538125", "-o", request);
        Run("import", shipped, "--hero-to-body", "--alt-text", "Your order has shipped", "--sender", "OFFICIAL-ACCOUNT-ID-123", "--to", "66855538125", "-o", request);
        var codegen = Run("codegen", request, "--name", "OrderShipped");

        Assert.Multiple(() =>
        {
            Assert.That(Block("lineflex: shipped.json"), Is.EqualTo(import.Error.TrimEnd()));
            Assert.That(Block("using LineFlex;"), Is.EqualTo(codegen.Output.TrimEnd()));
        });
    }

    private static (string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        LineFlex.Cli.CliApp.Run(args, output, error);
        return (output.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal), error.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    /// <summary>The indented code block of the workflow that starts with <paramref name="firstLine"/>, without its indent.</summary>
    private static string Block(string firstLine)
    {
        var start = Array.FindIndex(Lines, l => l.StartsWith("   " + firstLine, StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThan(0), $"docs/interop.md has no block starting with '{firstLine}'.");
        return string.Join("\n", Lines.Skip(start).TakeWhile(l => l != "   ```").Select(l => l.Length >= 3 ? l[3..] : l));
    }

    private static bool IsBubblePart(Type type) =>
        type == typeof(FlexBubble) || type.IsSubclassOf(typeof(FlexComponent)) || type.IsSubclassOf(typeof(FlexAction));

    internal static string Owner(FlexNodeSchema node) => node.WireType is { } type ? LineDialectTable.LineType(type) : node.Name;

    internal static string Where(LineOnlyFeature f) => f.Kind switch
    {
        LineOnlyKind.Type when f.Node == typeof(FlexBubble) => $"`{f.LineName}` container",
        LineOnlyKind.Type => $"`{f.LineName}` {(f.Node == typeof(FlexAction) ? "action" : "component")}",
        LineOnlyKind.Keyword => $"{Owner(FlexSchema.Of(f.Node))} `{f.LineName}` `{f.Keyword}`",
        _ when f.Node == typeof(LineNotificationContent) => $"flex message `{f.LineName}`",
        _ when f.Node == typeof(BubbleStyles) => $"bubble `styles.{f.LineName}`",
        _ => $"{Owner(FlexSchema.Of(f.Node))} `{f.LineName}`",
    };

    /// <summary>The rows of the table whose header starts with <paramref name="header"/>.</summary>
    private static List<string> Table(string header)
    {
        var start = Array.FindIndex(Lines, l => l.StartsWith("| " + header, StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"docs/interop.md has no table headed '| {header}'.");
        return Lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).ToList();
    }

    private static string Print(IEnumerable<string> rows) => "Expected rows:\n" + string.Join("\n", rows);
}
