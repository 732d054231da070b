namespace LineFlex.Tests.Docs;

/// <summary>
/// The tables of docs/ that follow from the schema, written from it: the rows of each component and action table of
/// building-messages.md (a property's row as written is kept; a new property gets a row, a removed one loses its row),
/// interop.md's table of what LINE has and Infobip cannot carry, and preview.md's table of how the preview shows each
/// property (likewise: a new property gets a row saying what the preview does with it without a change of its own), and
/// validation.md's rules tables, written row for row from <see cref="FlexRules.All"/> (the n-th table holds the rules
/// LFn01 to LFn99). <see cref="DocTableTests"/> fails when a committed
/// table is stale and, run by <see cref="Regeneration.Command"/>, writes it.
/// </summary>
internal static class DocTables
{
    /// <summary>The files under docs/ with generated tables.</summary>
    public static readonly string[] Files = ["building-messages.md", "interop.md", "preview.md", "validation.md"];

    /// <summary>The header of each rules table of validation.md.</summary>
    private const string RuleHeader = "| code | checks | limit | severity | source |";

    /// <summary><paramref name="text"/>, the content of docs/<paramref name="file"/>, with its generated tables written from the schema.</summary>
    public static string Regenerate(string file, string text)
    {
        var lines = text.Split('\n').ToList();
        if (file == "validation.md")
        {
            var tables = 0;
            for (var at = lines.FindIndex(l => l == RuleHeader); at >= 0; at = lines.FindIndex(at + 1, l => l == RuleHeader))
            {
                var group = ++tables;
                Replace(lines, at, _ => RuleRows(group));
            }

            if (FlexRules.All.FirstOrDefault(r => Group(r) > tables) is { } homeless)
            {
                throw new InvalidOperationException($"docs/validation.md has {tables} rules tables and none for {homeless.Code}; add a table (with its heading and the header {RuleHeader}) for the rules LF{Group(homeless)}01 to LF{Group(homeless)}99.");
            }
        }
        else if (file == "preview.md")
        {
            Replace(lines, lines.FindIndex(l => l.StartsWith("| node | property | shown |", StringComparison.Ordinal)), PreviewRows);
        }
        else if (file == "interop.md")
        {
            Replace(lines, lines.FindIndex(l => l.StartsWith("| LINE has | code", StringComparison.Ordinal)), _ => LineOnlyRows());
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var heading = lines[i].StartsWith("### ", StringComparison.Ordinal) ? lines[i][4..] : null;
                if (heading is not null && FlexSchema.Nodes.FirstOrDefault(n => n.WireType == heading && !n.IsAbstract) is { } node)
                {
                    Replace(lines, lines.FindIndex(i, l => l.StartsWith("| property |", StringComparison.Ordinal)), rows => PropertyRows(node, rows));
                }
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>The rows of interop.md's table of what cannot be imported: one for each row of the dialect table.</summary>
    public static List<string> LineOnlyRows() =>
        [.. LineDialectTable.LineOnly.Select(f =>
            $"| {InteropDocTests.Where(f)} | {f.Code} | {(f.Severity == FindingSeverity.Error ? "error" : "warning")} | {f.Why} |")];

    /// <summary>The rows of validation.md's <paramref name="group"/>-th rules table: every rule of <see cref="FlexRules.All"/> whose code is in that hundred, as declared.</summary>
    private static List<string> RuleRows(int group) =>
        [.. FlexRules.All.Where(r => Group(r) == group).Select(r =>
            $"| {r.Code} | {r.Checks} | {r.Limit} | {(r.Severity == FindingSeverity.Warning ? "warning" : "error")} | {r.Source} |")];

    /// <summary>The hundred of a rule's code: 2 for LF201.</summary>
    private static int Group(FlexRule rule) => rule.Code[2] - '0';

    /// <summary>Replaces the rows of the table whose header is at <paramref name="header"/> with what <paramref name="rows"/> gives for them.</summary>
    private static void Replace(List<string> lines, int header, Func<List<string>, List<string>> rows)
    {
        if (header < 0)
        {
            throw new InvalidOperationException("A generated table's header is missing from the file.");
        }

        var start = header + 2;
        var count = lines.Skip(start).TakeWhile(l => l.StartsWith('|')).Count();
        var written = rows(lines.GetRange(start, count));
        lines.RemoveRange(start, count);
        lines.InsertRange(start, written);
    }

    /// <summary>A node's table: <c>type</c>, then each property in wire order with the rows below it (<c>action.uri</c>), as written where it has one.</summary>
    private static List<string> PropertyRows(FlexNodeSchema node, List<string> rows)
    {
        static string Path(string row) => row.Split('`')[1];
        var written = rows.Where(r => r.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var result = written.Where(r => Path(r) == "type").ToList();
        foreach (var property in node.Properties)
        {
            var own = written.Where(r => Path(r) == property.WireName || Path(r).StartsWith(property.WireName + ".", StringComparison.Ordinal)).ToList();
            result.AddRange(own.Count > 0 ? own : [NewRow(property)]);
        }

        return result;
    }

    /// <summary>preview.md's rows: one for each property of each node, as written where it has one, in wire order after its node's others.</summary>
    private static List<string> PreviewRows(List<string> rows)
    {
        static (string Node, string Property) Key(string row) => (row.Split('|')[1].Trim(), row.Split('`')[1]);
        var written = rows.Where(r => r.Split('`').Length > 2).ToList();
        var schema = FlexSchema.Nodes.Where(n => !n.IsAbstract).ToList();
        var result = written.Where(r => schema.Any(n => n.Name == Key(r).Node && n.FindProperty(Key(r).Property) is not null)).ToList();
        foreach (var node in schema)
        {
            string? previous = null;
            foreach (var property in node.Properties)
            {
                var at = result.FindIndex(r => Key(r) == (node.Name, property.WireName));
                if (at < 0)
                {
                    var after = previous is null ? result.FindLastIndex(r => Key(r).Node == node.Name) : result.FindIndex(r => Key(r) == (node.Name, previous));
                    at = after < 0 ? result.Count : after + 1;
                    result.Insert(at, NewPreviewRow(node, property));
                }

                previous = property.WireName;
            }
        }

        return result;
    }

    /// <summary>How the preview shows a property preview.md does not list yet, without a change to the preview.</summary>
    private static string NewPreviewRow(FlexNodeSchema node, FlexPropertySchema property)
    {
        var bubblePart = node.Type == typeof(FlexBubble) || node.Type == typeof(BubbleStyles) || node.Type == typeof(BlockStyle)
            || node.Type.IsSubclassOf(typeof(FlexComponent)) || node.Type.IsSubclassOf(typeof(FlexAction));
        var how = NamedCssProperties.CssName(property) is { } css && node.Type.IsSubclassOf(typeof(FlexComponent)) ? $"approximate | CSS `{css}`, by its name"
            : bubblePart ? "not shown | "
            : "exact | as text in the card's details table";
        return $"| {node.Name} | `{property.WireName}` | {how} |";
    }

    /// <summary>The row of a property the table does not have yet; edit its builder and example columns as you like.</summary>
    private static string NewRow(FlexPropertySchema property)
    {
        var type = BuildingMessagesDocTests.CSharpName(property.Type);
        var builder = property.BuilderMethod is { } method ? $"`.{method}({type})`" : $"none: set `{property.Name}` on the record";
        var example = property.Kind switch
        {
            FlexValueKind.Integer => "1",
            FlexValueKind.Boolean => "true",
            _ when property.AllowsPixels => "\"10px\"",
            _ when property.Keywords.Count > 0 => $"\"{property.Keywords[0]}\"",
            FlexValueKind.Object => "{ ... }",
            FlexValueKind.List => "[ ... ]",
            _ => "\"...\"",
        };
        return $"| `{property.WireName}` | {builder} | `{type}` | `\"{property.WireName}\": {example}` |";
    }
}
