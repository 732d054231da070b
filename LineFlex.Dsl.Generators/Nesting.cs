namespace LineFlex.Generators;

/// <summary>
/// The one rule for how deep a tree nests, read from the schema: a box is a node that can hold its own kind, and every
/// node that stands where a box may (a component) and holds a box, directly or through what it holds, counts a level.
/// In LineFlex's model only BOX counts; a new component holding a box counts as soon as it is declared, in the builder,
/// the validator, the writer and the reader alike.
/// </summary>
internal sealed class Nesting
{
    private readonly Schema _schema;
    private readonly HashSet<string> _counting;

    public Nesting(Schema schema)
    {
        _schema = schema;
        var boxes = schema.Concrete.Where(n => schema.AllProperties(n).Any(p => schema.Nests(n, p))).ToList();
        Base = boxes.Select(b => b.BaseName is { } baseName ? schema.Find(baseName) : b).FirstOrDefault();
        _counting = new HashSet<string>(boxes.Select(b => b.Name));
        List<NodeInfo> candidates = Base is null ? [] : schema.Concrete.Where(n => Admits(Base.Name, n)).ToList();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var node in candidates.Where(n => !_counting.Contains(n.Name)))
            {
                if (schema.AllProperties(node).Any(p => CountingAdmitted(p).Any()))
                {
                    grew |= _counting.Add(node.Name);
                }
            }
        }

        Counting = schema.Concrete.Where(n => _counting.Contains(n.Name)).ToList();
        LeafLevels = candidates.Where(n => !Counts(n)).Select(n => Depth(n, [])).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// The most components that can nest in one another without counting a level (a TEXT and its SPANs: 2): how many
    /// more than the limit a reader may have open below the deepest node that counts one.
    /// </summary>
    public int LeafLevels { get; }

    /// <summary>The type a counting node stands as (<c>FlexComponent</c>), or null when nothing nests.</summary>
    public NodeInfo? Base { get; }

    /// <summary>The nodes that count a level, in schema order.</summary>
    public IReadOnlyList<NodeInfo> Counting { get; }

    public bool Counts(NodeInfo node) => _counting.Contains(node.Name);

    /// <summary>The counting nodes a value of <paramref name="property"/> (or an item of it) may be.</summary>
    public IEnumerable<NodeInfo> CountingAdmitted(PropertyInfo property) => Admitted(property).Where(n => _counting.Contains(n.Name));

    /// <summary>The concrete nodes a value of <paramref name="property"/> (or an item of it) may be.</summary>
    private IEnumerable<NodeInfo> Admitted(PropertyInfo property)
    {
        var declared = property switch
        {
            { Kind: ValueKind.Node } => property.Type,
            { Kind: ValueKind.List, ItemKind: ValueKind.Node } => property.ItemType,
            _ => null,
        };
        return declared is null ? [] : _schema.Concrete.Where(n => Admits(declared, n));
    }

    /// <summary>How many components, <paramref name="node"/> first, nest in it, none counting a level.</summary>
    private int Depth(NodeInfo node, HashSet<string> open)
    {
        if (!open.Add(node.Name))
        {
            return 0;
        }

        var below = _schema.AllProperties(node).SelectMany(Admitted).Where(n => !Counts(n) && Admits(Base!.Name, n)).Select(n => Depth(n, open)).DefaultIfEmpty(0).Max();
        open.Remove(node.Name);
        return below + 1;
    }

    /// <summary>Whether a value declared as <paramref name="declared"/> may be a <paramref name="node"/>.</summary>
    private bool Admits(string declared, NodeInfo node)
    {
        for (NodeInfo? type = node; type is not null; type = type.BaseName is { } baseName ? _schema.Find(baseName) : null)
        {
            if (type.Name == declared)
            {
                return true;
            }
        }

        return false;
    }
}
