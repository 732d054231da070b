using System.Reflection;
using System.Text;

namespace LineFlex.Testing;

/// <summary>
/// The compiler's source path map (<c>PathMap</c>: <c>/src/app/=/_/</c>, comma-separated, with <c>,,</c> and <c>==</c> for a
/// comma and an equals sign in a path) as the package's build file records it in a test assembly, read backwards: a
/// <c>[CallerFilePath]</c> the build mapped to <c>/_/Tests/OrderTests.cs</c> is <c>/src/app/Tests/OrderTests.cs</c> again.
/// </summary>
internal sealed class SourcePathMap
{
    /// <summary>The key of the assembly's <see cref="AssemblyMetadataAttribute"/> the build file writes (build/LineFlex.Testing.targets).</summary>
    public const string MetadataKey = "LineFlex.Testing.PathMap";

    private readonly List<(string Path, string Mapped)> _entries;

    private SourcePathMap(List<(string Path, string Mapped)> entries, bool isRecorded)
    {
        _entries = entries;
        IsRecorded = isRecorded;
    }

    /// <summary>Whether the assembly the map came from had one recorded (built with the package's build file).</summary>
    public bool IsRecorded { get; }

    /// <summary>The map recorded in <paramref name="assembly"/>; an empty one, not recorded, when its build did not record one.</summary>
    public static SourcePathMap Of(Assembly assembly)
    {
        var recorded = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == MetadataKey);
        return recorded is null ? new SourcePathMap([], isRecorded: false) : Parse(recorded.Value ?? string.Empty);
    }

    /// <summary>Reads a PathMap value as the compiler does.</summary>
    public static SourcePathMap Parse(string pathMap)
    {
        List<(string, string)> entries = [];
        foreach (var entry in Split(pathMap, ','))
        {
            var parts = Split(entry, '=');
            if (parts.Count == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                entries.Add((parts[0], parts[1]));
            }
        }

        // The longest mapped prefix first, so /_/ never claims a path mapped to /_/sub/.
        entries.Sort((a, b) => b.Item2.Length.CompareTo(a.Item2.Length));
        return new SourcePathMap(entries, isRecorded: true);
    }

    /// <summary>The path on disk of a source path the compiler mapped; <paramref name="path"/> itself when no entry mapped it.</summary>
    public string ToLocalPath(string path)
    {
        foreach (var (local, mapped) in _entries)
        {
            if (path.StartsWith(mapped, StringComparison.Ordinal))
            {
                return local + path[mapped.Length..];
            }
        }

        return path;
    }

    /// <summary>Splits at single <paramref name="separator"/>s; a doubled one is the character itself.</summary>
    private static List<string> Split(string text, char separator)
    {
        List<string> parts = [];
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != separator)
            {
                part.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == separator)
            {
                part.Append(separator);
                i++;
            }
            else
            {
                parts.Add(part.ToString());
                part.Clear();
            }
        }

        parts.Add(part.ToString());
        return parts;
    }
}
