using System.Collections;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Finds a template's approved shapes by building it with probe models: each sample with markers for its
/// values, then with each boolean and nullable value toggled and each list empty, single and long, so that
/// every part the template may leave out or repeat shows; the shapes of one variant merge into one.
/// </summary>
internal static class ShapeProbe
{
    // Long enough to pass any "show at most N, then count the rest" a template has.
    private const int LongList = 30;

    public static IReadOnlyList<ApprovedShape> Shapes(IFlexTemplate template)
    {
        var probed = template as IProbedTemplate
            ?? throw new ArgumentException($"Template {template.Name} does not derive from FlexTemplate<TModel>, so it cannot be probed. Derive it from FlexTemplate<TModel>.", nameof(template));
        return [.. template.SampleNames
            .GroupBy(template.SampleVariant, StringComparer.Ordinal)
            .Select(variant => Shape(template, probed, variant.Key, [.. variant]))];
    }

    private static ApprovedShape Shape(IFlexTemplate template, IProbedTemplate probed, string variant, IReadOnlyList<string> samples)
    {
        JToken? merged = null;
        foreach (var sample in samples)
        {
            var model = probed.SampleModel(sample);
            var (tree, first) = Probe(template, probed, model, sample, new ProbeModel(), required: true);
            merged = merged is null ? tree! : ShapeTree.Merge(merged, tree!);
            IEnumerable<ProbeModel> others = [
                .. first.Toggles.Select(t => new ProbeModel { Toggle = t }),
                .. first.Lists.SelectMany(l => new[] { 0, 1, LongList }.Select(n => new ProbeModel { ListLengths = new Dictionary<string, int> { [l] = n } })),
            ];
            foreach (var other in others)
            {
                // A toggle the template refuses (a value it requires, say) is not a shape it sends.
                if (Probe(template, probed, model, sample, other, required: false).Tree is { } shape)
                {
                    merged = ShapeTree.Merge(merged, shape);
                }
            }
        }

        var content = (JObject)merged!;
        var values = samples.Select(probed.SampleModel).ToList();
        var slots = ShapeTree.Slots(content, "content")
            .SelectMany(s => s.Pattern.Properties.Distinct(StringComparer.Ordinal).Select(p => Slot(s.Path, s.Key, s.Pattern, p, values)))
            .DistinctBy(s => (s.Path, s.Property))
            .ToList();
        return new ApprovedShape(template.Name, variant, content, slots);
    }

    private static (JToken? Tree, ProbeModel Probe) Probe(IFlexTemplate template, IProbedTemplate probed, object? model, string sample, ProbeModel probe, bool required)
    {
        try
        {
            var type = template.ModelType;
            var tree = Content(probed.BuildModel(probe.Rewrite(model, type)));
            List<(string, JToken)> alternates = [];
            foreach (var scalar in probe.Scalars)
            {
                var other = new ProbeModel { Alternate = scalar, Toggle = probe.Toggle, ListLengths = probe.ListLengths };
                alternates.Add((scalar, Content(probed.BuildModel(other.Rewrite(model, type)))));
            }

            // A count of a list's items shown in a text ("+22 more") is a slot too: eleven more items change each of its digits.
            foreach (var (list, count) in probe.ListCounts.Where(l => l.Value > 0))
            {
                var other = new ProbeModel { Toggle = probe.Toggle, ListLengths = new Dictionary<string, int>(probe.ListLengths) { [list] = count + 11 } };
                alternates.Add((list + ".Count", Content(probed.BuildModel(other.Rewrite(model, type)))));
            }

            return (ShapeTree.CollapseRepeats(ShapeTree.Annotate(tree, probe.Markers, alternates)), probe);
        }
        catch (Exception e) when (!required && e is ArgumentException or InvalidOperationException or NullReferenceException or IndexOutOfRangeException or FormatException)
        {
            return (null, probe);
        }
        catch (Exception e) when (required && e is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"Template \"{template.Name}\" cannot be built from sample \"{sample}\" with probe values (each string a marker such as ZQ000QZ, each number 5555): {e.GetType().Name}: {e.Message} " +
                "Its approved shape is found by building it so; let the template take any text for a string property (parse numbers and dates into typed properties).",
                e);
        }
    }

    private static JToken Content(LineMessage message) =>
        JObject.Parse(FlexJson.Serialize(message))["content"] ?? new JObject();

    private static ApprovedSlot Slot(string path, string key, SlotPattern pattern, string property, IReadOnlyList<object?> samples)
    {
        var seen = samples.SelectMany(m => Values(m, property.Split('.'))).Select(v => v?.ToString() ?? string.Empty).ToList();
        int? limit = key switch
        {
            "altText" => FlexTextLimits.AltText,
            "label" => FlexTextLimits.Label,
            _ => null,
        };
        return new ApprovedSlot(path, property, limit - pattern.FixedLength, seen.Count == 0 ? 0 : seen.Max(v => v.Length), Characters(seen)) { Examples = [.. seen.Distinct(StringComparer.Ordinal)] };
    }

    // The values at a property path (Lines[].Name) of a sample model.
    private static IEnumerable<object?> Values(object? model, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
        {
            return [model];
        }

        if (model is null)
        {
            return [];
        }

        var list = path[0].EndsWith("[]", StringComparison.Ordinal);
        var name = list ? path[0][..^2] : path[0];
        var value = model.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(model);
        var rest = path[1..].ToArray();
        return list && value is IEnumerable items and not string
            ? items.Cast<object?>().SelectMany(i => Values(i, rest)).ToList()
            : Values(value, rest);
    }

    // The characters the values use, as a regular expression class: ranges for ASCII letters and digits, \p{L} for other letters.
    private static string Characters(IEnumerable<string> values)
    {
        var chars = values.SelectMany(v => v).ToHashSet();
        if (chars.Count == 0)
        {
            return string.Empty;
        }

        var set = new StringBuilder("[");
        void Class(string name, Func<char, bool> member)
        {
            if (chars.Any(member))
            {
                set.Append(name);
                chars.RemoveWhere(c => member(c));
            }
        }

        Class("0-9", char.IsAsciiDigit);
        Class("A-Z", char.IsAsciiLetterUpper);
        Class("a-z", char.IsAsciiLetterLower);
        Class(@"\p{L}", char.IsLetter);
        Class(@"\p{M}", c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
        Class(@"\s", char.IsWhiteSpace);
        foreach (var c in chars.Order())
        {
            set.Append(c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString());
        }

        return set.Append(']').ToString();
    }
}
