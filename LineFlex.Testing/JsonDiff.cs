using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Testing;

/// <summary>Compares two JSON trees and lists each difference at its wire path, deepest first where a value changed.</summary>
public static class JsonDiff
{
    /// <summary>
    /// Every difference between <paramref name="old"/> and <paramref name="new"/>: a changed value at its path, a
    /// property or array item that only one side has at its path. Array items are aligned on the longest run of equal
    /// items, so one inserted or removed item shows as itself; a path's index is the new JSON's, except for a removed
    /// item, which has its index in the old.
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
            CompareItems(oldArray, newArray, path, changes);
            return;
        }

        if (!JToken.DeepEquals(old, @new))
        {
            changes.Add(new JsonChange(path, Compact(old), Compact(@new)));
        }
    }

    /// <summary>
    /// Aligns the items of two arrays on their longest common run of equal items, so an item inserted or removed
    /// shows as that one item; between two aligned items, the unequal ones are paired by likeness (see
    /// <see cref="CompareUnequal"/>) and compared inside, the rest are added or removed.
    /// </summary>
    private static void CompareItems(JArray old, JArray @new, string path, List<JsonChange> changes)
    {
        var common = (long)old.Count * @new.Count <= MaxAlignedCells ? CommonRun(old, @new) : null;
        var (i, j) = (0, 0);
        foreach (var (oldEnd, newEnd) in Anchors(old, @new, common))
        {
            CompareUnequal(old, i, oldEnd, @new, j, newEnd, path, changes);
            (i, j) = (oldEnd + 1, newEnd + 1);
        }
    }

    /// <summary>
    /// Compares <c>old[oldStart..oldEnd)</c> with <c>new[newStart..newEnd)</c>, none equal to another: pairs them so the
    /// sum of their likeness is highest (an object with the same <c>type</c> and more equal properties is likelier
    /// the same item changed; values of different kinds never pair), compares each pair inside, and reports the rest
    /// as removed or added. Past <see cref="MaxAlignedCells"/> pairs they are compared by position.
    /// </summary>
    private static void CompareUnequal(JArray old, int oldStart, int oldEnd, JArray @new, int newStart, int newEnd, string path, List<JsonChange> changes)
    {
        var (oldCount, newCount) = (oldEnd - oldStart, newEnd - newStart);
        var best = (long)oldCount * newCount <= MaxAlignedCells ? new int[oldCount + 1, newCount + 1] : null;
        for (var i = oldCount - 1; best is not null && i >= 0; i--)
        {
            for (var j = newCount - 1; j >= 0; j--)
            {
                var likeness = Likeness(old[oldStart + i], @new[newStart + j]);
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), likeness > 0 ? likeness + best[i + 1, j + 1] : 0);
            }
        }

        int oldAt = 0, newAt = 0;
        while (oldAt < oldCount && newAt < newCount)
        {
            var likeness = Likeness(old[oldStart + oldAt], @new[newStart + newAt]);
            if (best is null ? likeness > 0 : likeness > 0 && best[oldAt, newAt] == likeness + best[oldAt + 1, newAt + 1])
            {
                Walk(old[oldStart + oldAt], @new[newStart + newAt], Index(path, newStart + newAt), changes);
                (oldAt, newAt) = (oldAt + 1, newAt + 1);
            }
            else if (best is null || best[oldAt + 1, newAt] >= best[oldAt, newAt + 1])
            {
                changes.Add(new JsonChange(Index(path, oldStart + oldAt), Compact(old[oldStart + oldAt]), null));
                oldAt++;
            }
            else
            {
                changes.Add(new JsonChange(Index(path, newStart + newAt), null, Compact(@new[newStart + newAt])));
                newAt++;
            }
        }

        for (; oldAt < oldCount; oldAt++)
        {
            changes.Add(new JsonChange(Index(path, oldStart + oldAt), Compact(old[oldStart + oldAt]), null));
        }

        for (; newAt < newCount; newAt++)
        {
            changes.Add(new JsonChange(Index(path, newStart + newAt), null, Compact(@new[newStart + newAt])));
        }
    }

    /// <summary>
    /// How likely <paramref name="new"/> is <paramref name="old"/> changed: 0 for values of different kinds or objects
    /// of different <c>type</c>; otherwise 1, plus one for each property the two objects hold equal.
    /// </summary>
    private static int Likeness(JToken old, JToken @new)
    {
        if (old.Type != @new.Type)
        {
            return 0;
        }

        if (old is not JObject oldObject || @new is not JObject newObject)
        {
            return 1;
        }

        if (!JToken.DeepEquals(oldObject["type"], newObject["type"]))
        {
            return 0;
        }

        var equal = 1;
        foreach (var property in oldObject.Properties())
        {
            if (newObject.TryGetValue(property.Name, StringComparison.Ordinal, out var value) && JToken.DeepEquals(property.Value, value))
            {
                equal++;
            }
        }

        return equal;
    }

    /// <summary>The item pairs compared for alignment at most; beyond it arrays are compared by position.</summary>
    private const long MaxAlignedCells = 1_000_000;

    /// <summary>The lengths of the longest common runs of equal items of every suffix pair: <c>[i, j]</c> for <c>old[i..]</c> and <c>new[j..]</c>.</summary>
    private static int[,] CommonRun(JArray old, JArray @new)
    {
        var lengths = new int[old.Count + 1, @new.Count + 1];
        for (var i = old.Count - 1; i >= 0; i--)
        {
            for (var j = @new.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = JToken.DeepEquals(old[i], @new[j])
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        return lengths;
    }

    /// <summary>The positions of the aligned equal items, in order, then the two arrays' ends.</summary>
    private static IEnumerable<(int Old, int New)> Anchors(JArray old, JArray @new, int[,]? common)
    {
        if (common is not null)
        {
            for (int i = 0, j = 0; i < old.Count && j < @new.Count;)
            {
                if (common[i, j] == common[i + 1, j + 1] + 1 && JToken.DeepEquals(old[i], @new[j]))
                {
                    yield return (i++, j++);
                }
                else if (common[i + 1, j] >= common[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        yield return (old.Count, @new.Count);
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Compact(JToken token) => token.ToString(Formatting.None);
}
