using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Writes a bubble (or a message's content) in LINE's dialect by walking <see cref="FlexSchema"/> over Infobip's wire
/// JSON: the reverse of <see cref="LineImporter"/>, with the same <see cref="LineDialectTable"/>. What LINE would refuse
/// and what LINE's flex message has no place for is noted at its wire path (LF807 to LF809), never dropped silently.
/// </summary>
internal sealed class LineExporter
{
    /// <summary>LINE's type of a whole message.</summary>
    private const string FlexMessageType = "flex";

    private readonly List<FlexFinding> _findings = [];

    private LineExporter()
    {
    }

    public static LineExport Export(object node, bool indented)
    {
        var exporter = new LineExporter();
        var line = exporter.Root(node, string.Empty);
        return new LineExport(line.ToString(indented ? Formatting.Indented : Formatting.None), [.. exporter._findings.OrderBy(f => f.Severity)]);
    }

    /// <summary>The node at <paramref name="path"/> (from the node exported), or the content of the request or message it is.</summary>
    private JObject Root(object node, string path)
    {
        switch (node)
        {
            case LineRequest { Messages: [var message] } request:
                NotExported(request, "messages", path, "The request's");
                return Root(message!, Join(path, "messages[0]"));
            case LineRequest request:
                throw new ArgumentException(
                    $"The request holds {request.Messages?.Count ?? 0} messages; LINE's dialect writes one flex message. Export one of them: LineDialect.Export(request.Messages[0]).",
                    nameof(node));
            case LineMessage { Content: { } content } message:
                NotExported(message, "content", path, "The message's");
                return Root(content, Join(path, "content"));
            case LineMessage:
                throw new ArgumentException("The message has no content to export; set its bubble first.", nameof(node));
            default:
                return Node(Wire(node), FlexSchema.Of(node.GetType()), path);
        }
    }

    /// <summary>Notes each part of a request or message around what is exported (<paramref name="kept"/>): LINE's flex message has no place for it.</summary>
    private void NotExported(object envelope, string kept, string path, string whose)
    {
        foreach (var property in Wire(envelope).Properties().Where(p => p.Name != kept))
        {
            _findings.Add(new FlexFinding(
                FindingSeverity.Warning,
                LineDialectTable.NotExportedCode,
                Join(path, property.Name),
                $"{whose} {property.Name} is Infobip's; LINE's flex message has no place for it, so it was not exported (the flex message holds the content only).",
                null));
        }
    }

    private static JObject Wire(object node)
    {
        using var reader = FlexJson.CreateReader(new StringReader(FlexJson.Serialize(node)));
        return JObject.Load(reader);
    }

    private JObject Node(JObject wire, FlexNodeSchema node, string root)
    {
        if (node.IsAbstract)
        {
            var type = wire["type"]?.ToString();
            node = node.Subtypes.First(s => s.WireType == type);
        }

        AddRequiredLists(wire, node);
        var line = new JObject();
        foreach (var property in wire.Properties())
        {
            if (property.Name == "type")
            {
                line["type"] = node.Type == typeof(LineNotificationContent) ? FlexMessageType : LineDialectTable.LineType(node.WireType!);
                continue;
            }

            var path = Join(root, property.Value.Path);
            if (LineDialectTable.InfobipOnly.TryGetValue((node.Type, property.Name), out var why))
            {
                _findings.Add(new FlexFinding(FindingSeverity.Warning, LineDialectTable.InfobipOnlyCode, path, $"{property.Name}: {why} It was left out.", null));
                continue;
            }

            if (LineDialectTable.LineMaxLength.TryGetValue((node.Type, property.Name), out var max) && property.Value is JValue { Value: string text } && text.Length > max)
            {
                _findings.Add(new FlexFinding(
                    FindingSeverity.Error,
                    LineDialectTable.LineLimitCode,
                    path,
                    $"{property.Name} is {text.Length} characters; LINE's {LineDialectTable.LineType(node.WireType!)} {property.Name} holds at most {max}, fewer than Infobip's, so LINE refuses it. Shorten it to {max}.",
                    text));
            }

            var schema = node.FindProperty(property.Name)!;
            line[LineDialectTable.LineName(node.Type, property.Name)] = Value(property.Value, node, schema, root);
        }

        return line;
    }

    /// <summary>Adds an empty list LINE requires (a box's <c>contents</c>) where the wire has none, after the property written before it.</summary>
    private static void AddRequiredLists(JObject wire, FlexNodeSchema node)
    {
        foreach (var (type, name) in LineDialectTable.LineRequiredLists)
        {
            if (type != node.Type || wire.ContainsKey(name))
            {
                continue;
            }

            var before = node.Properties.TakeWhile(p => p.WireName != name).Select(p => wire.Property(p.WireName)).LastOrDefault(p => p is not null);
            var list = new JProperty(name, new JArray());
            if ((before ?? wire.Property(FlexSchema.TypeProperty)) is { } previous)
            {
                previous.AddAfterSelf(list);
            }
            else
            {
                wire.AddFirst(list);
            }
        }
    }

    private JToken Value(JToken value, FlexNodeSchema node, FlexPropertySchema property, string root) => property.Kind switch
    {
        FlexValueKind.Object => Node((JObject)value, FlexSchema.Of(property.Type), root),
        FlexValueKind.List when FlexSchema.Nodes.Any(n => n.Type == property.ItemType) =>
            new JArray(value.Select(item => item is JObject child ? Node(child, FlexSchema.Of(property.ItemType!), root) : item.DeepClone())),
        FlexValueKind.Enum => new JValue(LineDialectTable.LineWord(node.Type, property.WireName, value.ToString())),
        _ => value.DeepClone(),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : name.Length == 0 ? path : path + "." + name;
}
