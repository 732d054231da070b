using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Compares a message's content with an approved shape: strings against their patterns, other values exactly,
/// component lists aligned so that the fewest differences explain them (a removed component is one difference,
/// not one per component after it). One comparison serves every check against its shape (see
/// <see cref="ApprovedShape.Comparison"/>), so each approved string's pattern is read, and its expression built, once.
/// </summary>
internal sealed class ConformanceComparison(ApprovedShape shape)
{
    /// <summary>The pattern of each approved string, read the first time a check meets it; checks may run on many threads.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SlotPattern> _patterns = new(StringComparer.Ordinal);

    // Two components that differ more than this are told apart as one removed and one added.
    private const int Unmatched = 1;

    private readonly Dictionary<(string, string), ApprovedSlot> _slots = shape.Slots.ToDictionary(s => (s.Path, s.Property));

    /// <summary>The shape made ready for <see cref="Conforms"/>, once.</summary>
    private CompiledShape? _compiled;

    /// <summary>
    /// Whether the message's <c>content</c>, the value at <paramref name="content"/> of the tokens the wire writer wrote
    /// for it, has no difference from the shape, found without spelling any: true only where <see cref="Differences"/> finds none.
    /// </summary>
    public bool Conforms(WireTokens message, int content) =>
        (_compiled ??= CompiledShape.Of(shape.Content, "content", _slots)).Accepts(message, content);

    /// <summary>Every difference of <paramref name="content"/> (a message's <c>content</c>, at <paramref name="path"/>) from the shape.</summary>
    public List<ConformanceDifference> Differences(JToken? content, string path)
    {
        List<ConformanceDifference> differences = [];
        Compare(shape.Content, content ?? new JObject(), "content", path, differences);
        return differences;
    }

    private void Compare(JToken approved, JToken actual, string approvedPath, string path, List<ConformanceDifference> differences)
    {
        if (ShapeTree.IsAnyOf(approved))
        {
            var best = ((JArray)approved[ShapeTree.AnyOf]!)
                .Where(a => a.Type != JTokenType.Null)
                .Select(a => { List<ConformanceDifference> d = []; Compare(a, actual, approvedPath, path, d); return d; })
                .MinBy(d => d.Count) ?? [];
            differences.AddRange(best);
            return;
        }

        switch (approved, actual)
        {
            case (JObject a, JObject m):
                foreach (var name in a.Properties().Select(p => p.Name).Where(n => n != ShapeTree.Occurs))
                {
                    var child = ShapeTree.Child(path, name);
                    if (m[name] is { } value)
                    {
                        Compare(a[name]!, value, ShapeTree.Child(approvedPath, name), child, differences);
                    }
                    else if (!MayBeAbsent(a[name]!))
                    {
                        differences.Add(IsComponent(a[name])
                            ? new(ApprovalCodes.ComponentRemoved, child, $"The approved {Describe(a[name]!)} is missing.")
                            : new(CodeOf(name, child), child, $"\"{name}\" is missing; approved: {Show(a[name]!)}."));
                    }
                }

                foreach (var extra in m.Properties().Where(p => a[p.Name] is null))
                {
                    var child = ShapeTree.Child(path, extra.Name);
                    differences.Add(IsComponent(extra.Value)
                        ? new(ApprovalCodes.ComponentAdded, child, $"{Describe(extra.Value)} is not in the approved template.")
                        : new(CodeOf(extra.Name, child), child, $"\"{extra.Name}\": {Show(extra.Value)} is not in the approved template."));
                }

                break;
            case (JArray a, JArray m):
                CompareSequence(a, m, approvedPath, path, differences);
                break;
            case (JValue { Type: JTokenType.String } a, JValue m):
                var pattern = _patterns.GetOrAdd((string)a!, SlotPattern.Parse);
                var text = m.Type == JTokenType.String ? (string)m! : m.ToString(Formatting.None);
                if (pattern.Match(text) is not { } values)
                {
                    var code = CodeOf(path[(path.LastIndexOf('.') + 1)..], path);
                    var what = code == ApprovalCodes.FixedTextChanged ? "text" : code == ApprovalCodes.ButtonUriChanged ? "URI" : "value";
                    differences.Add(new(code, path, $"{Show(m)} differs from the approved {what}{(pattern.IsFixed ? string.Empty : " pattern")} {Show(a)}."));
                    break;
                }

                foreach (var (property, value) in pattern.Properties.Zip(values))
                {
                    if (_slots.TryGetValue((approvedPath, property), out var slot) && slot.MaxLength is { } max && value.Length > max)
                    {
                        differences.Add(new(ApprovalCodes.SlotOverConstraint, path, $"{property} is {value.Length} characters long; its approved maximum here is {max}."));
                    }
                }

                break;
            default:
                if (!JToken.DeepEquals(approved, actual))
                {
                    differences.Add(IsComponent(approved) || IsComponent(actual)
                        ? new(ApprovalCodes.ComponentRemoved, path, $"The approved {Describe(approved)} was replaced by {Describe(actual)}.")
                        : new(CodeOf(path[(path.LastIndexOf('.') + 1)..], path), path, $"{Show(actual)} differs from the approved {Show(approved)}."));
                }

                break;
        }
    }

    // Aligns the approved components (each occurring once, optionally or repeatedly) with the actual ones.
    private void CompareSequence(JArray approved, JArray actual, string approvedPath, string path, List<ConformanceDifference> differences)
    {
        int n = approved.Count, m = actual.Count;
        var pairs = new Dictionary<(int, int), List<ConformanceDifference>>();
        List<ConformanceDifference> Pair(int i, int j)
        {
            if (!pairs.TryGetValue((i, j), out var d))
            {
                d = [];
                Compare(approved[i], actual[j], $"{approvedPath}[{i}]", $"{path}[{j}]", d);
                pairs[(i, j)] = d;
            }

            return d;
        }

        int PairCost(int i, int j) =>
            approved[i] is JObject a && actual[j] is JObject b && a["type"]?.ToString() != b["type"]?.ToString() ? int.MaxValue / 4 : Pair(i, j).Count;

        // cost[i, j, s]: the fewest differences matching approved[i..] with actual[j..]; s: approved[i] already matched once.
        var cost = new int[n + 1, m + 1, 2];
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                for (var s = 0; s < 2; s++)
                {
                    if (i == n)
                    {
                        cost[i, j, s] = m - j;
                        continue;
                    }

                    var (none, many) = ShapeTree.Occurrence(approved[i]);
                    var best = (none || s == 1 ? 0 : 1) + cost[i + 1, j, 0];
                    if (j < m)
                    {
                        best = Math.Min(best, 1 + cost[i, j + 1, s]);
                        var pair = PairCost(i, j);
                        if (pair <= Unmatched || approved[i] is not JObject)
                        {
                            best = Math.Min(best, pair + Math.Min(cost[i + 1, j + 1, 0], many ? cost[i, j + 1, 1] : int.MaxValue / 4));
                        }
                    }

                    cost[i, j, s] = best;
                }
            }
        }

        int x = 0, y = 0, state = 0;
        while (x < n || y < m)
        {
            if (x == n)
            {
                differences.Add(new(ApprovalCodes.ComponentAdded, $"{path}[{y}]", $"{Describe(actual[y])} is not in the approved template."));
                y++;
                continue;
            }

            var (none, many) = ShapeTree.Occurrence(approved[x]);
            var skip = (none || state == 1 ? 0 : 1) + cost[x + 1, y, 0];
            if (cost[x, y, state] == skip)
            {
                if (!(none || state == 1))
                {
                    differences.Add(new(ApprovalCodes.ComponentRemoved, $"{path}[{y}]", $"The approved {Describe(approved[x])} is missing here."));
                }

                x++;
                state = 0;
            }
            else if (y < m && cost[x, y, state] == 1 + cost[x, y + 1, state])
            {
                differences.Add(new(ApprovalCodes.ComponentAdded, $"{path}[{y}]", $"{Describe(actual[y])} is not in the approved template."));
                y++;
            }
            else
            {
                differences.AddRange(Pair(x, y));
                var stay = many && cost[x, y, state] == PairCost(x, y) + cost[x, y + 1, 1] && cost[x, y + 1, 1] < cost[x + 1, y + 1, 0];
                y++;
                if (stay)
                {
                    state = 1;
                }
                else
                {
                    x++;
                    state = 0;
                }
            }
        }
    }

    /// <summary>Whether the approved <paramref name="approved"/> may be left out of a message.</summary>
    public static bool MayBeAbsent(JToken approved) =>
        ShapeTree.Occurrence(approved).None
        || (ShapeTree.IsAnyOf(approved) && ((JArray)approved[ShapeTree.AnyOf]!).Any(a => a.Type == JTokenType.Null));

    private static bool IsComponent(JToken? token) => token is JObject obj && obj["type"] is not null;

    /// <summary>The code of a changed value named <paramref name="key"/> at <paramref name="path"/>: a text, a button's URI, or a style.</summary>
    public static string CodeOf(string key, string path) => key switch
    {
        "uri" or "altUri" or "desktop" when path.Contains("action", StringComparison.Ordinal) => ApprovalCodes.ButtonUriChanged,
        "text" or "altText" or "label" => ApprovalCodes.FixedTextChanged,
        _ => ApprovalCodes.StyleChanged,
    };

    private static string Describe(JToken component) =>
        component is JObject obj && obj["type"] is { } type
            ? type + (obj["text"] is JValue text ? $" {Show(text)}" : obj["action"]?["label"] is JValue label ? $" {Show(label)}" : string.Empty)
            : Show(component);

    private static string Show(JToken value) =>
        value is JValue { Type: JTokenType.String } text ? "\"" + FlexLimits.Excerpt((string)text!) + "\"" : FlexLimits.Excerpt(value.ToString(Formatting.None));
}
