using System.Text;

namespace LineFlex;

/// <summary>
/// A pass that visits every node of a tree, each node's children in wire order (Roslyn's <c>SyntaxWalker</c> is the
/// model): derive from it, override the <c>Visit{Node}</c> methods of the nodes the pass cares about (calling the base
/// method to go on below), or <see cref="Visit"/> to see every node, and call <see cref="Walk"/>. <see cref="Path"/> is
/// the wire path of the node being visited, as the JSON writer would name it (<c>messages[0].content.contents.body</c>).
/// A list item that is null is no node and is passed over.
/// </summary>
/// <remarks>
/// The walk follows the one nesting rule: each box, and each component holding one, counts a level, and a tree nested
/// more than <see cref="FlexLimits.MaxDepth"/> levels deep is refused at the first component too deep, with its path,
/// before the walk recurses into it. See docs/architecture.md, "Walking the tree".
/// </remarks>
internal abstract partial class FlexWalker
{
    private readonly List<(string Name, int Index)> _path = [];
    private int _levels;

    /// <summary>The wire path of the node being visited from the root walked (empty for the root itself).</summary>
    protected string Path
    {
        get
        {
            var path = new StringBuilder();
            foreach (var (name, index) in _path)
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
                if (index >= 0)
                {
                    path.Append('[').Append(index).Append(']');
                }
            }

            return path.ToString();
        }
    }

    /// <summary>How many levels of nesting stand around the node being visited, counting it if it counts one.</summary>
    protected int Levels => _levels;

    /// <summary>Visits <paramref name="root"/>, any node of the model, and every node below it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="root"/> is not a node of the model, or nests more than <see cref="FlexLimits.MaxDepth"/> levels.
    /// </exception>
    public void Walk(object root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _path.Clear();
        _levels = 0;
        Enter(root);
    }

    /// <summary>Visits <paramref name="node"/> with the method for its type; an override sees every node of the walk.</summary>
    protected virtual void Visit(object node) => Dispatch(node);

    private void Child(string name, object node)
    {
        _path.Add((name, -1));
        Enter(node);
        _path.RemoveAt(_path.Count - 1);
    }

    private void Item(string name, int index, object? node)
    {
        if (node is null)
        {
            return;
        }

        _path.Add((name, index));
        Enter(node);
        _path.RemoveAt(_path.Count - 1);
    }

    private void Enter(object node)
    {
        var counts = CountsALevel(node);
        if (counts)
        {
            if (_levels >= FlexLimits.MaxDepth)
            {
                // Refused before going deeper: a tree of records can nest deep enough to overflow the stack.
                throw new ArgumentException(BoxNesting.TooDeepMessage(Path, _levels + 1, "walks"), nameof(node));
            }

            _levels++;
        }

        Visit(node);
        if (counts)
        {
            _levels--;
        }
    }
}
