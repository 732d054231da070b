using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Writes a bubble (or a message's content) in LINE's dialect by walking <see cref="FlexSchema"/> over Infobip's wire
/// JSON: the reverse of <see cref="LineImporter"/>, with the same <see cref="LineDialectTable"/>.
/// </summary>
internal static class LineExporter
{
    /// <summary>LINE's type of a whole message.</summary>
    private const string FlexMessageType = "flex";

    public static JObject Export(object node) => node switch
    {
        LineRequest { Messages: [var message] } => Export(message!),
        LineRequest request => throw new ArgumentException(
            $"The request holds {request.Messages?.Count ?? 0} messages; LINE's dialect writes one flex message. Export one of them: LineDialect.Export(request.Messages[0]).",
            nameof(node)),
        LineMessage { Content: { } content } => Export(content),
        LineMessage => throw new ArgumentException("The message has no content to export; set its bubble first.", nameof(node)),
        _ => Node(Wire(node), FlexSchema.Of(node.GetType())),
    };

    private static JObject Wire(object node)
    {
        using var reader = FlexJson.CreateReader(new StringReader(FlexJson.Serialize(node)));
        return JObject.Load(reader);
    }

    private static JObject Node(JObject wire, FlexNodeSchema node)
    {
        if (node.IsAbstract)
        {
            var type = wire["type"]?.ToString();
            node = node.Subtypes.First(s => s.WireType == type);
        }

        var line = new JObject();
        foreach (var property in wire.Properties())
        {
            if (property.Name == "type")
            {
                line["type"] = node.Type == typeof(LineNotificationContent) ? FlexMessageType : LineDialectTable.LineType(node.WireType!);
                continue;
            }

            var schema = node.FindProperty(property.Name)!;
            line[LineDialectTable.LineName(node.Type, property.Name)] = Value(property.Value, node, schema);
        }

        return line;
    }

    private static JToken Value(JToken value, FlexNodeSchema node, FlexPropertySchema property) => property.Kind switch
    {
        FlexValueKind.Object => Node((JObject)value, FlexSchema.Of(property.Type)),
        FlexValueKind.List when FlexSchema.Nodes.Any(n => n.Type == property.ItemType) =>
            new JArray(value.Select(item => item is JObject child ? Node(child, FlexSchema.Of(property.ItemType!)) : item.DeepClone())),
        FlexValueKind.Enum => new JValue(LineDialectTable.LineWord(node.Type, property.WireName, value.ToString())),
        _ => value.DeepClone(),
    };
}
