using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// The operations on an approved shape's tree: the wire JSON of the message's content, each string a
/// <see cref="SlotPattern"/>. A component that may be left out or repeated carries <c>"$occurs"</c>
/// (one of the words of <see cref="OccursWords"/>); a value that differs between the
/// template's own probes is <c>{"$anyOf": [...]}</c>, a JSON null among them meaning "absent".
/// </summary>
internal static class ShapeTree
{
    /// <summary>The key marking how often a component occurs.</summary>
    public const string Occurs = "$occurs";

    /// <summary>The key of a value's alternatives.</summary>
    public const string AnyOf = "$anyOf";

    /// <summary>
    /// The words of <c>"$occurs"</c> and what each allows: <c>optional</c>, zero times or once; <c>repeated</c>, once or
    /// more, one per item of a model list; <c>any</c>, zero times or more. No mark means exactly once.
    /// </summary>
    private static readonly (string Word, bool None, bool Many)[] OccursWords = [("optional", true, false), ("repeated", false, true), ("any", true, true)];

    /// <summary>
    /// The shape of <paramref name="tree"/> (a probe's message content): each string's markers, and the spans
    /// that changed in <paramref name="alternates"/> (the tree with one scalar changed), become placeholders.
    /// </summary>
    public static JToken Annotate(JToken tree, IReadOnlyDictionary<string, string> markers, IReadOnlyList<(string Property, JToken Tree)> alternates) =>
        Annotate(tree, markers, [.. alternates.Select(a => ((string, JToken?))(a.Property, a.Tree))]);

    private static JToken Annotate(JToken tree, IReadOnlyDictionary<string, string> markers, List<(string Property, JToken? Tree)> alternates)
    {
        switch (tree)
        {
            case JObject obj:
                var result = new JObject();
                foreach (var property in obj.Properties())
                {
                    result[property.Name] = Annotate(property.Value, markers, [.. alternates.Select(a => (a.Property, (a.Tree as JObject)?[property.Name]))]);
                }

                return result;
            case JArray array:
                return new JArray(array.Select((item, i) => Annotate(item, markers, [.. alternates.Select(a => (a.Property, a.Tree is JArray other && other.Count == array.Count ? other[i] : null))])));
            case JValue { Type: JTokenType.String } text:
                var value = (string)text!;
                List<(int, int, string)> spans = [];
                foreach (var (marker, property) in markers)
                {
                    for (var at = value.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = value.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
                    {
                        spans.Add((at, marker.Length, property));
                    }
                }

                foreach (var (property, other) in alternates)
                {
                    if (other is JValue { Type: JTokenType.String } changed && (string)changed! != value)
                    {
                        spans.Add(ChangedSpan(value, (string)changed!, property));
                    }
                }

                // A URI marker holds the short one; the longest span at a place wins.
                var kept = spans.OrderBy(s => s.Item1).ThenByDescending(s => s.Item2).ToList();
                return new JValue(SlotPattern.Write(value, kept));
            default:
                var changedScalar = alternates.FirstOrDefault(a => a.Tree is JValue other && !JToken.DeepEquals(other, tree));
                return changedScalar.Property is null ? tree.DeepClone() : new JValue("{" + changedScalar.Property + "}");
        }
    }

    private static (int, int, string) ChangedSpan(string value, string other, string property)
    {
        var prefix = 0;
        while (prefix < value.Length && prefix < other.Length && value[prefix] == other[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < value.Length - prefix && suffix < other.Length - prefix && value[^(suffix + 1)] == other[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, value.Length - prefix - suffix, property);
    }

    /// <summary>Runs of equal components holding a value of a model list collapse into one, marked <c>repeated</c>.</summary>
    public static JToken CollapseRepeats(JToken tree)
    {
        switch (tree)
        {
            case JObject obj:
                var result = new JObject();
                foreach (var property in obj.Properties())
                {
                    result[property.Name] = CollapseRepeats(property.Value);
                }

                return result;
            case JArray array:
                var items = new JArray();
                JToken? last = null;
                foreach (var item in array.Select(CollapseRepeats))
                {
                    if (last is JObject previous && Key(previous) == Key(item) && HoldsListValue(item))
                    {
                        previous[Occurs] = Widen(previous[Occurs]?.ToString(), many: true, none: false);
                        continue;
                    }

                    items.Add(item);
                    last = item;
                }

                return items;
            default:
                return tree.DeepClone();
        }
    }

    private static bool HoldsListValue(JToken tree) =>
        (tree is JContainer container ? container.DescendantsAndSelf() : [tree]).OfType<JValue>().Any(v => v.Type == JTokenType.String && SlotPattern.Parse((string)v!).Properties.Any(p => p.Contains("[]", StringComparison.Ordinal)));

    /// <summary>One shape that allows everything <paramref name="a"/> and <paramref name="b"/> allow.</summary>
    public static JToken Merge(JToken a, JToken b)
    {
        if (Key(a) == Key(b))
        {
            return a is JObject objA && b is JObject objB ? WithOccurs(objA.DeepClone(), Combine(objA, objB)) : a.DeepClone();
        }

        if (a is JObject x && b is JObject y && !IsAnyOf(x) && !IsAnyOf(y) && x["type"]?.ToString() == y["type"]?.ToString())
        {
            var result = new JObject();
            foreach (var name in x.Properties().Select(p => p.Name).Concat(y.Properties().Select(p => p.Name)).Distinct().Where(n => n != Occurs))
            {
                result[name] = (x[name], y[name]) switch
                {
                    ({ } both, { } other) => Merge(both, other),
                    ({ } only, null) => Absent(only),
                    (null, { } only) => Absent(only),
                    _ => throw new InvalidOperationException("unreachable"),
                };
            }

            return WithOccurs(result, Combine(x, y));
        }

        if (a is JArray listA && b is JArray listB)
        {
            return MergeSequence(listA, listB);
        }

        var alternatives = new JArray();
        foreach (var alternative in Alternatives(a).Concat(Alternatives(b)))
        {
            if (!alternatives.Any(t => Key(t) == Key(alternative)))
            {
                alternatives.Add(alternative.DeepClone());
            }
        }

        return new JObject { [AnyOf] = alternatives };
    }

    private static JToken Absent(JToken value) =>
        value is JObject obj && !IsAnyOf(obj) && obj["type"] is not null
            ? WithOccurs(obj.DeepClone(), Widen(obj[Occurs]?.ToString(), many: false, none: true))
            : Merge(value, JValue.CreateNull());

    private static JArray MergeSequence(JArray a, JArray b)
    {
        // A longest common subsequence, weighing equal components over components of the same kind.
        var score = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                var pair = Similarity(a[i], b[j]);
                score[i, j] = Math.Max(Math.Max(score[i + 1, j], score[i, j + 1]), pair == 0 ? 0 : pair + score[i + 1, j + 1]);
            }
        }

        var merged = new JArray();
        int m = 0, n = 0;
        while (m < a.Count || n < b.Count)
        {
            if (m < a.Count && n < b.Count && Similarity(a[m], b[n]) is > 0 and var s && score[m, n] == s + score[m + 1, n + 1])
            {
                merged.Add(Merge(a[m++], b[n++]));
            }
            else if (n >= b.Count || (m < a.Count && score[m, n] == score[m + 1, n]))
            {
                merged.Add(Absent(a[m++]));
            }
            else
            {
                merged.Add(Absent(b[n++]));
            }
        }

        return merged;
    }

    private static int Similarity(JToken a, JToken b) =>
        Key(a) == Key(b) ? 3
        : a is JObject x && b is JObject y && x["type"] is { } type && type.ToString() == y["type"]?.ToString() && Shallow(x) == Shallow(y) ? 1
        : 0;

    private static string Shallow(JObject component) =>
        Canonical(new JObject(component.Properties().Where(p => p.Value is JValue && p.Name != Occurs).Select(p => new JProperty(p.Name, p.Value))), anonymous: false, occurs: false);

    private static IEnumerable<JToken> Alternatives(JToken token) =>
        token is JObject obj && IsAnyOf(obj) ? ((JArray)obj[AnyOf]!).Children() : [token];

    /// <summary>Whether <paramref name="token"/> is a set of alternatives.</summary>
    public static bool IsAnyOf(JToken? token) => token is JObject obj && obj.Count == 1 && obj[AnyOf] is JArray;

    /// <summary>How often a component occurs: at least zero or one times, at most once or many.</summary>
    public static (bool None, bool Many) Occurrence(JToken? component) => Allows((component as JObject)?[Occurs]?.ToString());

    private static (bool None, bool Many) Allows(string? occurs)
    {
        foreach (var (word, none, many) in OccursWords)
        {
            if (word == occurs)
            {
                return (none, many);
            }
        }

        return (false, false);
    }

    private static string? Combine(JObject a, JObject b)
    {
        var (noneA, manyA) = Occurrence(a);
        var (noneB, manyB) = Occurrence(b);
        return Widen(null, manyA || manyB, noneA || noneB);
    }

    private static string? Widen(string? occurs, bool many, bool none)
    {
        var (wasNone, wasMany) = Allows(occurs);
        foreach (var (word, allowsNone, allowsMany) in OccursWords)
        {
            if (allowsNone == (wasNone || none) && allowsMany == (wasMany || many))
            {
                return word;
            }
        }

        return null;
    }

    private static JToken WithOccurs(JToken component, string? occurs)
    {
        if (component is JObject obj)
        {
            obj.Remove(Occurs);
            if (occurs is not null)
            {
                obj[Occurs] = occurs;
            }
        }

        return component;
    }

    /// <summary>The tree without its occurrence marks, as a string: equal shapes have equal keys.</summary>
    public static string Key(JToken token) => Canonical(token, anonymous: false, occurs: false);

    /// <summary>
    /// <c>sha256:</c> and the hex SHA-256 of the fixed parts: the tree with sorted keys, the placeholders' property
    /// names left out, written compactly in UTF-8. The same on every machine; a refactor that builds the same
    /// message keeps it; any fixed text, style, component or occurrence changed changes it.
    /// </summary>
    public static string Hash(JToken fixedTree) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(fixedTree, anonymous: true, occurs: true))));

    private static string Canonical(JToken token, bool anonymous, bool occurs)
    {
        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            Write(writer, token, anonymous, occurs);
        }

        return builder.ToString();
    }

    private static void Write(JsonWriter writer, JToken token, bool anonymous, bool occurs)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties().Where(p => occurs || p.Name != Occurs).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, anonymous, occurs);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, anonymous, occurs);
                }

                writer.WriteEndArray();
                break;
            case JValue { Type: JTokenType.String } text when anonymous:
                writer.WriteValue(SlotPattern.Parse((string)text!).Anonymous());
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }

    /// <summary>Where two shapes' fixed parts differ: property by property, item by item, placeholders' names aside.</summary>
    public static void Differences(JToken approved, JToken current, string path, List<ConformanceDifference> differences)
    {
        switch (approved, current)
        {
            case (JObject a, JObject c) when !IsAnyOf(a) && !IsAnyOf(c):
                foreach (var name in a.Properties().Select(p => p.Name).Union(c.Properties().Select(p => p.Name)))
                {
                    var child = Child(path, name);
                    switch (a[name], c[name])
                    {
                        case ({ } x, { } y):
                            Differences(x, y, child, differences);
                            break;
                        case ({ } x, null):
                            differences.Add(new(x is JObject { } o && o["type"] is not null ? ApprovalCodes.ComponentRemoved : ApprovalCodes.StyleChanged, child, $"\"{name}\" was removed."));
                            break;
                        default:
                            differences.Add(new(c[name] is JObject { } n && n["type"] is not null ? ApprovalCodes.ComponentAdded : ApprovalCodes.StyleChanged, child, $"\"{name}\" was added."));
                            break;
                    }
                }

                break;
            case (JArray a, JArray c):
                for (var i = 0; i < Math.Max(a.Count, c.Count); i++)
                {
                    if (i >= a.Count || i >= c.Count)
                    {
                        differences.Add(new(i >= a.Count ? ApprovalCodes.ComponentAdded : ApprovalCodes.ComponentRemoved, $"{path}[{i}]", i >= a.Count ? "A component was added." : "A component was removed."));
                    }
                    else
                    {
                        Differences(a[i], c[i], $"{path}[{i}]", differences);
                    }
                }

                break;
            default:
                if (Canonical(approved, anonymous: true, occurs: true) != Canonical(current, anonymous: true, occurs: true))
                {
                    differences.Add(new(ConformanceComparison.CodeOf(path[(path.LastIndexOf('.') + 1)..], path), path, $"{Canonical(current, anonymous: false, occurs: true)} was {Canonical(approved, anonymous: false, occurs: true)}."));
                }

                break;
        }
    }

    /// <summary>The wire path of <paramref name="name"/> below <paramref name="root"/>.</summary>
    public static string Child(string root, string name) => root.Length == 0 ? name : root + "." + name;

    /// <summary>Every string of the tree that holds a placeholder, with its wire path below <paramref name="root"/>.</summary>
    public static IEnumerable<(string Path, string Key, SlotPattern Pattern)> Slots(JToken tree, string root)
    {
        switch (tree)
        {
            case JObject obj when IsAnyOf(obj):
                foreach (var slot in ((JArray)obj[AnyOf]!).SelectMany(t => Slots(t, root)))
                {
                    yield return slot;
                }

                break;
            case JObject obj:
                foreach (var property in obj.Properties().Where(p => p.Name != Occurs))
                {
                    foreach (var slot in Slots(property.Value, Child(root, property.Name)))
                    {
                        yield return slot;
                    }
                }

                break;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var slot in Slots(array[i], $"{root}[{i}]"))
                    {
                        yield return slot;
                    }
                }

                break;
            case JValue { Type: JTokenType.String } text:
                var pattern = SlotPattern.Parse((string)text!);
                if (!pattern.IsFixed)
                {
                    yield return (root, root[(root.LastIndexOf('.') + 1)..], pattern);
                }

                break;
        }
    }
}
