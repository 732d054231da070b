using System.Collections.Immutable;

namespace LineFlex.Generators;

/// <summary>
/// The storage of rarely set properties (those declared <c>partial</c>): a record of them, shared by every node that
/// leaves them all unset, and each property's accessors, which read through to it and copy it when set. A node then
/// holds one reference instead of a field per property, so building and reading a bubble allocate less; equality,
/// <c>with</c> and the public properties are as for any other property. A property an interface gives the node
/// (<c>[PropertiesOf]</c>) is declared here too, with the interface's documentation.
/// </summary>
internal static class RareStorageEmitter
{
    private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>Each node's accessors and fields, by file name.</summary>
    public static IEnumerable<(string File, string Source)> EmitNodes(ImmutableArray<NodeInfo> nodes)
    {
        foreach (var node in ModelReader.Sorted(nodes))
        {
            var rare = node.Properties.Where(p => p.Rare is not null || p.IncludedType is not null).ToList();
            if (rare.Count == 0)
            {
                continue;
            }

            var code = new CodeWriter($"The storage of {node.Name}'s rarely set properties.");
            code.Line($"namespace {node.Namespace};").Line();
            code.Open($"partial record {node.Name}");
            foreach (var group in rare.Where(p => p.Rare is not null).Select(p => p.Rare!).GroupBy(r => r.Group).Select(g => g.First()))
            {
                code.Line($"private {group.Group} {group.Field} = {group.Group}.None;").Line();
                code.Line($"/// <summary>Whether this node may hold a value of {group.Group}: false while it keeps the shared record of unset ones, so the writer passes them all at once.</summary>");
                code.Line($"internal bool {HolderName(group)} => !ReferenceEquals({group.Field}, {group.Group}.None);").Line();
            }

            foreach (var property in rare)
            {
                var name = property.Name;
                if (property.IncludedType is not null)
                {
                    code.Line($"/// <summary>{property.Summary}</summary>");
                }

                var declaration = property.IncludedType is null ? $"public partial {property.Rare!.DeclaredType}" : $"public {property.IncludedType}";
                if (property.Rare is { Field: var field })
                {
                    code.Line($"{declaration} {name} {{ get => {field}.{name}; {Inline} init => {field} = value is null && {field}.{name} is null ? {field} : {field} with {{ {name} = value }}; }}");
                }
                else
                {
                    code.Line($"{declaration} {name} {{ get; init; }}");
                }

                code.Line();
            }

            code.TrimBlank().Close();
            yield return (node.Name + ".Rare.g.cs", code.ToString());
        }
    }

    /// <summary>The name of the member that says whether a node may hold a value of <paramref name="storage"/>'s group.</summary>
    public static string HolderName(RareStorage storage) => "Holds" + storage.Group;

    /// <summary>The records of rare properties, each with the properties of every node that keeps some there, or null when there are none.</summary>
    public static string? EmitGroups(ImmutableArray<NodeInfo> nodes)
    {
        var groups = ModelReader.Sorted(nodes)
            .SelectMany(n => n.Properties.Where(p => p.Rare is not null).Select(p => (Node: n, Property: p)))
            .GroupBy(x => x.Property.Rare!.Group)
            .ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var code = new CodeWriter("The records of rarely set properties.");
        code.Line($"namespace {groups[0].First().Node.Namespace};").Line();
        foreach (var group in groups)
        {
            var users = string.Join(", ", group.Select(x => x.Node.Name).Distinct());
            code.Line($"/// <summary>Rarely set properties of {users}, kept apart from the record's own fields.</summary>");
            code.Open($"internal sealed record {group.Key}");
            code.Line($"/// <summary>The {group.Key} of a node that sets none of it.</summary>");
            code.Line($"public static {group.Key} None {{ get; }} = new();").Line();
            foreach (var property in group.GroupBy(x => x.Property.Name).Select(p => p.First().Property))
            {
                code.Line($"public {property.Rare!.DeclaredType} {property.Name} {{ get; init; }}").Line();
            }

            code.TrimBlank().Close().Line();
        }

        return code.TrimBlank().ToString();
    }
}
