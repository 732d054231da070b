namespace LineFlex;

/// <summary>
/// The validator's findings of one card, numbered, and the component each belongs to: the deepest component whose
/// wire path starts the finding's path (<c>body.contents[2]</c> owns <c>body.contents[2].action.label</c>, not
/// <c>body.contents[2].contents[0].text</c>, which its child owns).
/// </summary>
internal sealed class FindingMarks
{
    private const string ChildList = ".contents[";

    private readonly IReadOnlyList<FlexFinding> _findings;
    private Dictionary<string, List<int>>? _byOwner;

    /// <param name="findings">The findings, with paths relative to the validated node.</param>
    /// <param name="prefix">The path of the card's node within them (<c>messages[1]</c>), empty for the node itself: the card keeps the findings inside it.</param>
    public FindingMarks(IReadOnlyList<FlexFinding> findings, string prefix)
    {
        _findings = prefix.Length == 0 ? findings : findings.Where(f => Within(prefix, f.Path)).ToArray();
    }

    /// <summary>The findings of the card, in the validator's order (errors first).</summary>
    public IReadOnlyList<FlexFinding> Findings => _findings;

    /// <summary>The numbers (1-based) of the findings that belong to the component at <paramref name="path"/>, a full path like theirs.</summary>
    /// <remarks>
    /// The findings are indexed once by the components that may own them, so marking a whole bubble takes time in
    /// proportion to its components and findings, not to their product.
    /// </remarks>
    public List<int>? For(string path)
    {
        if (_findings.Count == 0)
        {
            return null;
        }

        _byOwner ??= IndexByOwner(_findings);
        return _byOwner.TryGetValue(path, out var numbers) ? numbers : null;
    }

    public static string Join(string parent, string child) =>
        parent.Length == 0 ? child : child.Length == 0 ? parent : child[0] == '[' ? parent + child : parent + "." + child;

    /// <summary>
    /// Every path that owns each finding, with the numbers of the findings it owns, in order. A component owns a finding
    /// whose path is its own or lies inside it without entering a child list (<c>.contents[</c>): so the owners of a
    /// finding are its own path and those of its ancestors that end after its last child list, read off the path itself.
    /// </summary>
    private static Dictionary<string, List<int>> IndexByOwner(IReadOnlyList<FlexFinding> findings)
    {
        var byOwner = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            var path = findings[i].Path;
            var lastChildList = path.LastIndexOf(ChildList, StringComparison.Ordinal);
            Add(byOwner, path, i + 1);
            if (lastChildList < 0)
            {
                Add(byOwner, string.Empty, i + 1);
            }

            for (var end = lastChildList + 1; end < path.Length; end++)
            {
                if (end > 0 && path[end] is '.' or '[')
                {
                    Add(byOwner, path[..end], i + 1);
                }
            }
        }

        return byOwner;
    }

    private static void Add(Dictionary<string, List<int>> byOwner, string owner, int number)
    {
        if (!byOwner.TryGetValue(owner, out var numbers))
        {
            byOwner[owner] = numbers = [];
        }

        // A path that reaches the same owner twice (an empty one is its own root) counts once.
        if (numbers.Count == 0 || numbers[^1] != number)
        {
            numbers.Add(number);
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="node"/> or lies inside it.</summary>
    public static bool Within(string node, string path) =>
        string.Equals(node, path, StringComparison.Ordinal) || Below(node, path);

    private static bool Below(string node, string path) =>
        node.Length == 0
        || (path.Length > node.Length && path.StartsWith(node, StringComparison.Ordinal) && path[node.Length] is '.' or '[');
}
