using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Where a wire path of a tree stands in the JSON document it was read from. The tree is the document itself, or a
/// translation of it (LINE's dialect read into Infobip's) whose tokens remember the token of the document each came from.
/// </summary>
internal sealed class SourceMap
{
    private readonly JToken _tree;
    private readonly IReadOnlyDictionary<JToken, JToken>? _sources;

    public SourceMap(JToken tree, IReadOnlyDictionary<JToken, JToken>? sources = null)
    {
        _tree = tree;
        _sources = sources;
    }

    /// <summary>Reads checked JSON text into tokens that know their line and position; a duplicate property is an error.</summary>
    public static JToken Load(string checkedJson)
    {
        using var reader = FlexJson.CreateReader(new StringReader(checkedJson));
        try
        {
            return JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
        }
        catch (JsonReaderException e)
        {
            throw new FlexJsonException(Problem(e), e.Path ?? string.Empty, e.LineNumber, e.LinePosition, e);
        }
    }

    /// <summary>
    /// The document's path of <paramref name="wirePath"/>, and the line and position of its value, or of the nearest
    /// object holding it when the value is missing: a missing required value keeps its own path (<c>messages[0].sender</c>),
    /// the place to add it.
    /// </summary>
    public (string Path, int Line, int Position) Locate(string wirePath)
    {
        var token = Find(wirePath);
        while (_sources is not null && !_sources.ContainsKey(token) && token.Parent is not null)
        {
            token = token.Parent;
        }

        var source = _sources is not null && _sources.TryGetValue(token, out var found) ? found : token;
        var info = (IJsonLineInfo)source;
        return (Join(source.Path, wirePath, token.Path), info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0);
    }

    /// <summary>Locates each finding of a report.</summary>
    public IReadOnlyList<LocatedFinding> Locate(IEnumerable<FlexFinding> findings) =>
        findings.Select(f =>
        {
            var (path, line, position) = Locate(f.Path);
            return new LocatedFinding(f.Severity, f.Code, path, line, position, f.Message);
        }).ToArray();

    /// <summary>
    /// <paramref name="sourcePath"/> followed by what of <paramref name="wirePath"/> lies below <paramref name="foundPath"/>,
    /// the tree's path of the token found for it: <c>messages[0]</c> and <c>.sender</c>.
    /// </summary>
    private static string Join(string sourcePath, string wirePath, string foundPath)
    {
        var below = foundPath.Length == 0 ? wirePath
            : wirePath.Length > foundPath.Length && wirePath.StartsWith(foundPath, StringComparison.Ordinal) ? wirePath[foundPath.Length..]
            : string.Empty;
        return below.Length == 0 ? sourcePath
            : sourcePath.Length == 0 ? below.TrimStart('.')
            : below[0] is '.' or '[' ? sourcePath + below
            : sourcePath + "." + below;
    }

    private JToken Find(string path)
    {
        while (path.Length > 0)
        {
            var token = TrySelect(path);
            if (token is not null)
            {
                return token;
            }

            // The value is missing (a required property, say): its parent holds the place to fix.
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? string.Empty : path[..cut];
        }

        return _tree;
    }

    private JToken? TrySelect(string path)
    {
        try
        {
            return _tree.SelectToken(path);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Problem(JsonReaderException e)
    {
        var message = e.Message;
        if (message.StartsWith("Property with the name", StringComparison.Ordinal))
        {
            return $"The property '{e.Path?.Split('.')[^1]}' appears twice in one object; JSON readers disagree on which one wins, so keep one.";
        }

        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return "Malformed JSON: " + (cut > 0 ? message[..cut] : message);
    }
}
