using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Testing;

/// <summary>Compares two JSON trees and lists each difference at its wire path, deepest first where a value changed.</summary>
public static class JsonDiff
{
    /// <summary>
    /// Every difference between <paramref name="old"/> and <paramref name="new"/>: a changed value at its path, a
    /// property or array item that only one side has at its path. Array items are compared by position.
    /// </summary>
    public static IReadOnlyList<JsonChange> Compare(JToken old, JToken @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var changes = new List<JsonChange>();
        Walk(old, @new, string.Empty, changes);
        return changes;
    }

    private static void Walk(JToken old, JToken @new, string path, List<JsonChange> changes)
    {
        if (old is JObject oldObject && @new is JObject newObject)
        {
            foreach (var property in oldObject.Properties())
            {
                var below = Join(path, property.Name);
                if (newObject.TryGetValue(property.Name, StringComparison.Ordinal, out var value))
                {
                    Walk(property.Value, value, below, changes);
                }
                else
                {
                    changes.Add(new JsonChange(below, Compact(property.Value), null));
                }
            }

            foreach (var property in newObject.Properties())
            {
                if (!oldObject.ContainsKey(property.Name))
                {
                    changes.Add(new JsonChange(Join(path, property.Name), null, Compact(property.Value)));
                }
            }

            return;
        }

        if (old is JArray oldArray && @new is JArray newArray)
        {
            for (var i = 0; i < Math.Max(oldArray.Count, newArray.Count); i++)
            {
                var below = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (i >= newArray.Count)
                {
                    changes.Add(new JsonChange(below, Compact(oldArray[i]), null));
                }
                else if (i >= oldArray.Count)
                {
                    changes.Add(new JsonChange(below, null, Compact(newArray[i])));
                }
                else
                {
                    Walk(oldArray[i], newArray[i], below, changes);
                }
            }

            return;
        }

        if (!JToken.DeepEquals(old, @new))
        {
            changes.Add(new JsonChange(path, Compact(old), Compact(@new)));
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Compact(JToken token) => token.ToString(Formatting.None);
}
