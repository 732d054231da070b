using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// What LINE approves of one variant of a template: the fixed tree of the message's content (every fixed text,
/// style, colour, component and button URI), the slots the model fills, and a hash of the fixed parts. Derived
/// from the template itself (<see cref="Of"/>) and kept as <c>&lt;dir&gt;/&lt;template&gt;/&lt;variant&gt;.approved.json</c>.
/// </summary>
/// <remarks>See docs/approval.md.</remarks>
public sealed class ApprovedShape
{
    /// <summary>The file name ending of an approved shape.</summary>
    public const string FileExtension = ".approved.json";

    private const string ContentRoot = "content";

    internal ApprovedShape(string template, string variant, JObject content, IReadOnlyList<ApprovedSlot> slots)
    {
        Template = template;
        Variant = variant;
        Content = content;
        Slots = slots;
        Hash = ShapeTree.Hash(content);
    }

    /// <summary>The template's name.</summary>
    public string Template { get; }

    /// <summary>The variant's name (<c>th</c>).</summary>
    public string Variant { get; }

    /// <summary><c>sha256:</c> and the hex SHA-256 of the fixed parts; unchanged as long as every fixed part is.</summary>
    public string Hash { get; }

    /// <summary>The slots, in the order they stand in the message.</summary>
    public IReadOnlyList<ApprovedSlot> Slots { get; }

    /// <summary>The approved content: the wire JSON with each model value a <c>{Property}</c> placeholder.</summary>
    internal JObject Content { get; }

    /// <summary>The comparison of messages with this shape, made once: it keeps the patterns it has read.</summary>
    internal ConformanceComparison Comparison => _comparison ??= new ConformanceComparison(this);

    private ConformanceComparison? _comparison;

    /// <summary>The file of this shape below an approvals folder: <c>&lt;template&gt;/&lt;variant&gt;.approved.json</c>.</summary>
    public string RelativePath => Path.Combine(Template, Variant + FileExtension);

    /// <summary>
    /// The approved shape of every variant of <paramref name="template"/>, in the order of its samples. Each is
    /// found by building the template with probe models (see docs/approval.md, "How slots are found").
    /// </summary>
    /// <exception cref="InvalidOperationException">The template cannot be built from its samples with probe values; the message says which and why.</exception>
    public static IReadOnlyList<ApprovedShape> Of(IFlexTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return ShapeProbe.Shapes(template);
    }

    /// <summary>The shape as its file holds it: indented JSON with <c>\n</c> line ends, in a stable order.</summary>
    public string ToJson()
    {
        var file = new JObject
        {
            ["template"] = Template,
            ["variant"] = Variant,
            ["hash"] = Hash,
            ["slots"] = new JArray(Slots.Select(s => new JObject
            {
                ["path"] = s.Path,
                ["property"] = s.Property,
                ["maxLength"] = s.MaxLength,
                ["longestSeen"] = s.LongestSeen,
                ["charactersSeen"] = s.CharactersSeen,
            })),
            ["content"] = Content,
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            file.WriteTo(writer);
        }

        return text.ToString() + "\n";
    }

    /// <summary>Reads a shape written by <see cref="ToJson"/>; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="FormatException">The file is not an approved shape; the message names the file and what is wrong.</exception>
    public static ApprovedShape Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject file;
        try
        {
            file = JObject.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new FormatException($"{source}: not JSON ({e.Message}). Write it again with `lineflex approval`.", e);
        }

        string Text(string name) => file[name] is JValue { Type: JTokenType.String } v ? (string)v! : throw new FormatException($"{source}: \"{name}\" is missing or not a string. Write it again with `lineflex approval`.");
        var content = file[ContentRoot] as JObject ?? throw new FormatException($"{source}: \"{ContentRoot}\" is missing or not an object. Write it again with `lineflex approval`.");
        try
        {
            _ = ShapeTree.Slots(content, ContentRoot).Count();
        }
        catch (FormatException e)
        {
            throw new FormatException($"{source}: {e.Message}", e);
        }

        List<ApprovedSlot> slots = [];
        foreach (var (slot, i) in (file["slots"] as JArray ?? []).Select((s, i) => (s, i)))
        {
            slots.Add(new ApprovedSlot(
                slot["path"]?.ToString() ?? throw new FormatException($"{source}: slots[{i}].path is missing."),
                slot["property"]?.ToString() ?? throw new FormatException($"{source}: slots[{i}].property is missing."),
                slot["maxLength"]?.Type == JTokenType.Integer ? (int)slot["maxLength"]! : null,
                slot["longestSeen"]?.Type == JTokenType.Integer ? (int)slot["longestSeen"]! : 0,
                slot["charactersSeen"]?.ToString() ?? string.Empty));
        }

        var shape = new ApprovedShape(Text("template"), Text("variant"), content, slots);
        if (shape.Hash != Text("hash"))
        {
            throw new FormatException($"{source}: its hash {Text("hash")} is not that of its content ({shape.Hash}); the file was edited by hand. Write it again with `lineflex approval`.");
        }

        return shape;
    }

    /// <summary>
    /// The fixed parts of <paramref name="current"/> (the template's shape now) that differ from this approval, by
    /// wire path; empty when the hashes agree, so slot values and model property names may change freely.
    /// </summary>
    public IReadOnlyList<ConformanceDifference> FixedDifferences(ApprovedShape current)
    {
        ArgumentNullException.ThrowIfNull(current);
        List<ConformanceDifference> differences = [];
        if (current.Hash != Hash)
        {
            ShapeTree.Differences(Content, current.Content, ContentRoot, differences);
        }

        return differences;
    }

    /// <summary><c>template/variant hash</c>.</summary>
    public override string ToString() => $"{Template}/{Variant} {Hash}";
}
