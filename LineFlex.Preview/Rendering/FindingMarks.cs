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

    /// <param name="findings">The findings, with paths relative to the validated node.</param>
    /// <param name="prefix">The path of the card's node within them (<c>messages[1]</c>), empty for the node itself: the card keeps the findings inside it.</param>
    public FindingMarks(IReadOnlyList<FlexFinding> findings, string prefix)
    {
        _findings = prefix.Length == 0 ? findings : findings.Where(f => Within(prefix, f.Path)).ToArray();
    }

    /// <summary>The findings of the card, in the validator's order (errors first).</summary>
    public IReadOnlyList<FlexFinding> Findings => _findings;

    /// <summary>The numbers (1-based) of the findings that belong to the component at <paramref name="path"/>, a full path like theirs.</summary>
    public List<int>? For(string path)
    {
        if (_findings.Count == 0)
        {
            return null;
        }

        List<int>? numbers = null;
        for (var i = 0; i < _findings.Count; i++)
        {
            if (Owns(path, _findings[i].Path))
            {
                (numbers ??= []).Add(i + 1);
            }
        }

        return numbers;
    }

    public static string Join(string parent, string child) =>
        parent.Length == 0 ? child : child.Length == 0 ? parent : child[0] == '[' ? parent + child : parent + "." + child;

    private static bool Owns(string component, string finding)
    {
        return Within(component, finding) && finding.IndexOf(ChildList, component.Length, StringComparison.Ordinal) < 0;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="node"/> or lies inside it.</summary>
    public static bool Within(string node, string path) =>
        string.Equals(node, path, StringComparison.Ordinal) || Below(node, path);

    private static bool Below(string node, string path) =>
        node.Length == 0
        || (path.Length > node.Length && path.StartsWith(node, StringComparison.Ordinal) && path[node.Length] is '.' or '[');
}
