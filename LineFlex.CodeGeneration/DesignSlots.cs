using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// A place in a design that may come from the template's model: a text or URI, with its value in every sample. The
/// tokens are those of each sample's wire JSON, so the slot's neighbours can be read for a name.
/// </summary>
/// <param name="Path">The wire path, from the root of what the files hold (<c>body.contents[1].contents[1].text</c>).</param>
/// <param name="Key">The property's wire name (<c>text</c>, <c>uri</c>, <c>altText</c>).</param>
/// <param name="Tokens">The value's token in each sample's JSON, in the order of the samples.</param>
internal sealed record DesignSlot(string Path, string Key, IReadOnlyList<JValue> Tokens)
{
    /// <summary>The value in each sample.</summary>
    public IReadOnlyList<string> Values { get; } = [.. Tokens.Select(t => (string)t.Value!)];

    /// <summary>Whether the samples disagree on the value.</summary>
    public bool Differs => Values.Any(v => v != Values[0]);
}

/// <summary>
/// Lays the samples of one design side by side as wire JSON: where they may differ (texts and URIs) is a
/// <see cref="DesignSlot"/>; anywhere else a difference is a different design, refused at the first path where it is.
/// </summary>
internal static class DesignSlots
{
    /// <summary>The wire names whose values are the design's texts and URIs: what a model may fill.</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "altText", "text", "label", "uri", "data", "displayText", "desktop", "url",
    };

    /// <summary>Every text and URI of the design, in document order.</summary>
    /// <param name="trees">Each sample's wire JSON.</param>
    /// <param name="labels">How errors name each sample (its file).</param>
    /// <exception cref="ArgumentException">A sample differs from the first in more than its texts and URIs; the message names the first path where.</exception>
    public static List<DesignSlot> Find(IReadOnlyList<JToken> trees, IReadOnlyList<string> labels)
    {
        var slots = new List<DesignSlot>();
        Walk(trees, labels, string.Empty, null, slots);
        return slots;
    }

    private static void Walk(IReadOnlyList<JToken> tokens, IReadOnlyList<string> labels, string path, string? key, List<DesignSlot> slots)
    {
        var first = tokens[0];
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Type != first.Type)
            {
                throw Mismatch(labels, i, path, $"{Describe(tokens[i])} where {labels[0]} has {Describe(first)}");
            }
        }

        switch (first)
        {
            case JObject:
                var objects = tokens.Cast<JObject>().ToList();
                foreach (var name in objects.SelectMany(o => o.Properties()).Select(p => p.Name).Distinct())
                {
                    for (var i = 1; i < objects.Count; i++)
                    {
                        if (objects[0][name] is not { } expected)
                        {
                            throw Mismatch(labels, i, Join(path, name), $"{Describe(objects[i][name]!)} where {labels[0]} has nothing");
                        }

                        if (objects[i][name] is null)
                        {
                            throw Mismatch(labels, i, Join(path, name), $"nothing where {labels[0]} has {Describe(expected)}");
                        }
                    }

                    Walk([.. objects.Select(o => o[name]!)], labels, Join(path, name), name, slots);
                }

                break;
            case JArray array:
                var arrays = tokens.Cast<JArray>().ToList();
                for (var i = 1; i < arrays.Count; i++)
                {
                    if (arrays[i].Count != array.Count)
                    {
                        throw Mismatch(labels, i, path, $"{arrays[i].Count} item(s) where {labels[0]} has {array.Count}");
                    }
                }

                for (var index = 0; index < array.Count; index++)
                {
                    Walk([.. arrays.Select(a => a[index])], labels, $"{path}[{index}]", null, slots);
                }

                break;
            case JValue { Type: JTokenType.String } when key is not null && Keys.Contains(key):
                slots.Add(new DesignSlot(path, key, [.. tokens.Cast<JValue>()]));
                break;
            default:
                for (var i = 1; i < tokens.Count; i++)
                {
                    if (!JToken.DeepEquals(tokens[i], first))
                    {
                        throw Mismatch(labels, i, path, $"{Describe(tokens[i])} where {labels[0]} has {Describe(first)}");
                    }
                }

                break;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Describe(JToken token) => token switch
    {
        JObject => "an object",
        JArray array => $"a list of {array.Count}",
        _ => FlexLimits.Excerpt(token.ToString(Newtonsoft.Json.Formatting.None)),
    };

    private static ArgumentException Mismatch(IReadOnlyList<string> labels, int sample, string path, string difference) =>
        new($"{labels[sample]} is not the same design as {labels[0]}: at {(path.Length == 0 ? "$" : path)} it has {difference}. "
            + "Files of one design may differ only in their texts and URIs (text, altText, label, uri, data, url); give the files of another design a template of their own.",
            "samples");
}
