using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>docs/building-messages.md's property tables agree with the schema description: every property, its C# type, its order and its builder method.</summary>
public partial class BuildingMessagesDocTests
{
    [GeneratedRegex(@"^\| `([^`]+)` \| (.*?) \| `([^`]+)` \| (.*?) \|$")]
    private static partial Regex PropertyRow();

    /// <summary>The tables whose heading is not a wire type: the node their paths start at.</summary>
    private static readonly Dictionary<string, Type> Roots = new()
    {
        ["Request"] = typeof(LineRequest),
        ["Message"] = typeof(LineMessage),
        ["Message options"] = typeof(LineMessage),
        ["SMS failover"] = typeof(SmsFailover),
        ["Webhooks"] = typeof(MessageWebhooks),
        ["Bubble"] = typeof(FlexBubble),
        ["Bubble style"] = typeof(FlexBubble),
    };

    private sealed record Row(string Table, string Path, FlexNodeSchema Owner, FlexPropertySchema? Property, string Builder, string ClrType);

    [Test]
    public void Every_documented_property_is_in_the_schema_with_its_type_and_builder_method()
    {
        Assert.Multiple(() =>
        {
            foreach (var row in Rows())
            {
                if (row.Property is null)
                {
                    Assert.That(row.Owner.WireType, Is.Not.Null, $"{row.Table}: {row.Path} is not a property of {row.Owner.Name}");
                    continue;
                }

                Assert.That(row.ClrType, Is.EqualTo(CSharpName(row.Property.Type)), $"{row.Table}: the type of {row.Path}");
                if (row.Property.BuilderMethod is { } method)
                {
                    Assert.That(row.Builder, Does.Contain("." + method + "("), $"{row.Table}: the builder method of {row.Path}");
                }
            }
        });
    }

    [Test]
    public void Every_property_of_the_schema_has_a_row()
    {
        var documented = Rows().Where(r => r.Property is not null).Select(r => (r.Owner.Type, r.Property!.WireName)).ToHashSet();
        var missing = FlexSchema.Nodes
            .Where(n => !n.IsAbstract)
            .SelectMany(n => n.Properties.Select(p => (n.Type, p.WireName)))
            .Where(p => !documented.Contains(p))
            .Select(p => $"{p.Type.Name}.{p.WireName}");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Rows_are_in_the_order_the_properties_are_written()
    {
        Assert.Multiple(() =>
        {
            foreach (var table in Rows().Where(r => r.Property is not null).GroupBy(r => (r.Table, Parent: r.Path[..Math.Max(0, r.Path.LastIndexOf('.'))])))
            {
                var order = table.Select(r => IndexOf(r.Owner, r.Property!)).ToList();

                Assert.That(order, Is.Ordered, $"{table.Key.Table}: the rows below '{table.Key.Parent}'");
            }
        });
    }

    private static int IndexOf(FlexNodeSchema node, FlexPropertySchema property) =>
        node.Properties.ToList().IndexOf(property);

    private static List<Row> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "building-messages.md"));
        var rows = new List<Row>();
        var heading = string.Empty;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                heading = line.TrimStart('#', ' ');
                continue;
            }

            var match = PropertyRow().Match(line);
            if (!match.Success || Root(heading) is not { } root)
            {
                continue;
            }

            var path = match.Groups[1].Value;
            var (owner, property) = Resolve(root, path);
            rows.Add(new Row(heading, path, owner, property, match.Groups[2].Value, match.Groups[3].Value));
        }

        Assert.That(rows, Is.Not.Empty, "no property table was read");
        return rows;
    }

    private static FlexNodeSchema? Root(string heading) =>
        Roots.TryGetValue(heading, out var type) ? FlexSchema.Of(type)
        : FlexSchema.Nodes.FirstOrDefault(n => n.WireType == heading && !n.IsAbstract);

    /// <summary>Walks <c>options.schedule.bulkId</c> (or <c>destinations[].to</c>, <c>style.&lt;block&gt;.separator</c>) down from the table's node.</summary>
    private static (FlexNodeSchema Owner, FlexPropertySchema? Property) Resolve(FlexNodeSchema root, string path)
    {
        var node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var name = parts[i].Replace("[]", string.Empty, StringComparison.Ordinal);
            var step = name == "<block>"
                ? node.Properties.First(p => p.Kind == FlexValueKind.Object)
                : node.FindProperty(name) ?? throw new AssertionException($"{path}: {node.Name} has no property {name}");
            node = FlexSchema.Of(step.ItemType ?? step.Type);
        }

        var last = parts[^1];
        return (node, last == "type" ? null : node.FindProperty(last) ?? throw new AssertionException($"{path}: {node.Name} has no property {last}"));
    }

    internal static string CSharpName(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(int) => "int",
        _ when type == typeof(bool) => "bool",
        { IsGenericType: true } => type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(CSharpName)) + ">",
        _ => type.Name,
    };
}
