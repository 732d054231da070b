using System.Collections.Immutable;

namespace LineFlex.Generators;

/// <summary>All the nodes and grammars of one compilation, with the relations between them the emitters need.</summary>
internal sealed class Schema : IEquatable<Schema>
{
    private readonly Dictionary<string, NodeInfo> _byName;

    public Schema(ImmutableArray<NodeInfo> nodes, ImmutableArray<GrammarInfo> grammars)
    {
        Nodes = ModelReader.Sorted(nodes);
        Grammars = grammars.OrderBy(g => g.Name, StringComparer.Ordinal).ToImmutableArray();
        _byName = Nodes.GroupBy(n => n.Name).ToDictionary(g => g.Key, g => g.First());
    }

    public ImmutableArray<NodeInfo> Nodes { get; }

    /// <summary>Equal when every declaration is: the generator's pipeline then skips writing the files again.</summary>
    public bool Equals(Schema? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Grammars.SequenceEqual(other.Grammars);

    public override bool Equals(object? obj) => Equals(obj as Schema);

    public override int GetHashCode() => Nodes.Length * 31 + Grammars.Length;

    public ImmutableArray<GrammarInfo> Grammars { get; }

    public string Namespace => Nodes.Length > 0 ? Nodes[0].Namespace : "LineFlex";

    public NodeInfo? Find(string name) => _byName.TryGetValue(name, out var node) ? node : null;

    /// <summary>The nodes whose type the writer can be handed: every concrete node, then every polymorphic base.</summary>
    public IEnumerable<NodeInfo> Concrete => Nodes.Where(n => !n.IsAbstract);

    public IEnumerable<NodeInfo> Subtypes(NodeInfo node) => Nodes.Where(n => n.BaseName == node.Name && !n.IsAbstract);

    /// <summary>The node's properties in wire order: those of its base first, then its own.</summary>
    public IEnumerable<PropertyInfo> AllProperties(NodeInfo node)
    {
        if (node.BaseName is { } baseName && Find(baseName) is { } baseNode)
        {
            foreach (var property in AllProperties(baseNode))
            {
                yield return property;
            }
        }

        foreach (var property in node.Properties)
        {
            yield return property;
        }
    }

    /// <summary>Whether <paramref name="property"/> is a list that can hold <paramref name="node"/>'s own type (a box's contents hold boxes).</summary>
    public bool Nests(NodeInfo node, PropertyInfo property)
    {
        if (property is not { Kind: ValueKind.List, ItemKind: ValueKind.Node, ItemType: { } itemType })
        {
            return false;
        }

        for (var type = node; type is not null; type = type.BaseName is { } baseName ? Find(baseName) : null)
        {
            if (type.Name == itemType)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPolymorphic(string typeName) => Find(typeName) is { IsAbstract: true };

    /// <summary>The nodes each builder holds the values of, grouped by builder.</summary>
    public IEnumerable<IGrouping<string, NodeInfo>> Builders =>
        Nodes.Where(n => n.Builder is not null).GroupBy(n => n.Builder!).OrderBy(g => g.Key, StringComparer.Ordinal);

    /// <summary>The nodes reachable from the roots in property order, then the rest by name: the order of the schema description.</summary>
    public ImmutableArray<NodeInfo> InWalkOrder()
    {
        var referenced = new HashSet<string>(Nodes.SelectMany(n => n.Properties).Select(p => p.Kind == ValueKind.List ? p.ItemType! : p.Type));
        var order = new List<NodeInfo>();
        var seen = new HashSet<string>();

        void Visit(NodeInfo node)
        {
            if (!seen.Add(node.Name))
            {
                return;
            }

            order.Add(node);
            foreach (var property in node.Properties)
            {
                if (Find(property.Kind == ValueKind.List ? property.ItemType ?? string.Empty : property.Type) is { } child)
                {
                    Visit(child);
                }
            }

            foreach (var subtype in Subtypes(node))
            {
                Visit(subtype);
            }
        }

        foreach (var root in Nodes.Where(n => !referenced.Contains(n.Name) && n.BaseName is null))
        {
            Visit(root);
        }

        foreach (var node in Nodes)
        {
            Visit(node);
        }

        return order.ToImmutableArray();
    }
}
