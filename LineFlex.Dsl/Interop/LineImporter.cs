using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex;

/// <summary>
/// Reads LINE's dialect into Infobip's by walking <see cref="FlexSchema"/>: the document is translated token by token
/// into Infobip's wire JSON (each new token remembering the one it came from), read with <see cref="FlexJson"/>, and
/// validated; every error and finding is then reported at the LINE document's own path, line and position.
/// </summary>
internal sealed class LineImporter
{
    private readonly LineImportOptions _options;
    private readonly Dictionary<JToken, JToken> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly List<LocatedFinding> _differences = [];

    private LineImporter(LineImportOptions options) => _options = options;

    public static LineImport Import(string json, LineImportOptions options)
    {
        var document = SourceMap.Load(StrictJson.Check(json));
        return new LineImporter(options).Read(document);
    }

    private LineImport Read(JToken document)
    {
        if (document is not JObject root)
        {
            throw Error(document, "A LINE document is a JSON object: a flex message ({\"type\": \"flex\", ...}), a bubble or a carousel.");
        }

        var type = TypeWord(root, "a LINE document");
        JObject tree;
        LineDocumentKind kind;
        switch (type)
        {
            case "flex":
                kind = LineDocumentKind.FlexMessage;
                tree = Content(root);
                break;
            case "bubble" or "carousel":
                kind = type == "bubble" ? LineDocumentKind.Bubble : LineDocumentKind.Carousel;
                tree = Container(root);
                break;
            default:
                throw Error(
                    root["type"]!,
                    type is "BUBBLE" or "LINE_NOTIFICATION"
                        ? $"'{type}' is Infobip's dialect, not LINE's. Read it as it is (FlexJson.Deserialize, lineflex validate); import reads what LINE's Flex Message Simulator writes."
                        : $"'{FlexLimits.Excerpt(type)}' is not a LINE flex message, bubble or carousel. Paste the Simulator's JSON: its type is \"bubble\" or \"carousel\", or \"flex\" for a whole message.");
        }

        var map = new SourceMap(tree, _sources);
        var infobip = tree.ToString(Formatting.None);
        try
        {
            if (kind == LineDocumentKind.FlexMessage)
            {
                var content = FlexJson.Deserialize<LineNotificationContent>(infobip);
                return new LineImport(kind, content.Contents!, content.AltText, _differences, FlexValidator.Default.Validate(content), map);
            }

            var bubble = FlexJson.Deserialize<FlexBubble>(infobip);
            return new LineImport(kind, bubble, null, _differences, FlexValidator.Default.Validate(bubble), map);
        }
        catch (FlexJsonException e)
        {
            var (path, line, position) = map.Locate(e.Path);
            throw new FlexJsonException(e.Problem, path, line, position, e);
        }
    }

    /// <summary>A flex message: <c>altText</c> and one container in <c>contents</c>.</summary>
    private JObject Content(JObject message)
    {
        var node = FlexSchema.Of<LineNotificationContent>();
        var content = Track(new JObject { ["type"] = node.WireType }, message);
        foreach (var property in message.Properties())
        {
            switch (property.Name)
            {
                case "type":
                    break;
                case "altText":
                    content.Add(property.Name, Copy(property.Value));
                    break;
                case "contents" when property.Value is JObject container:
                    content.Add(property.Name, Container(container));
                    break;
                case "contents":
                    content.Add(property.Name, Copy(property.Value));
                    break;
                default:
                    OnlyInLine(node, property);
                    break;
            }
        }

        return content;
    }

    /// <summary>A bubble, or the one bubble of a carousel that the options choose.</summary>
    private JObject Container(JObject container)
    {
        var type = TypeWord(container, "a container");
        if (type == "bubble")
        {
            return Node(container, FlexSchema.Of<FlexBubble>())!;
        }

        if (type != "carousel")
        {
            throw Error(container["type"]!, $"'{FlexLimits.Excerpt(type)}' is not a LINE container; a flex message holds a \"bubble\" or a \"carousel\".");
        }

        if (container["contents"] is not JArray { Count: > 0 } bubbles)
        {
            throw Error(container["contents"] ?? container, "A carousel holds its bubbles in \"contents\", an array of at least one bubble.");
        }

        var row = LineDialectTable.FindType(typeof(FlexBubble), "carousel")!;
        var index = _options.CarouselBubble ?? 0;
        if (index < 0 || index >= bubbles.Count)
        {
            throw Error(bubbles, $"The carousel has {bubbles.Count} bubble(s), so the bubble to take is 0..{bubbles.Count - 1}, not {index}.");
        }

        if (bubbles[index] is not JObject chosen)
        {
            throw Error(bubbles[index], "A carousel's contents are bubbles: JSON objects of type \"bubble\".");
        }

        Report(
            row,
            container,
            _options.CarouselBubble is null
                ? $"A carousel of {bubbles.Count} bubble(s). {row.Why} Took contents[0] to show the rest; choose a bubble with CarouselBubble (lineflex import --bubble N)."
                : $"A carousel of {bubbles.Count} bubble(s). {row.Why} Took contents[{index}] as asked; the others were left out.",
            _options.CarouselBubble is null ? row.Severity : FindingSeverity.Warning);
        if (TypeWord(chosen, "a carousel's bubble") != "bubble")
        {
            throw Error(chosen["type"]!, "A carousel's contents are bubbles: JSON objects of type \"bubble\".");
        }

        return Node(chosen, FlexSchema.Of<FlexBubble>())!;
    }

    /// <summary>One object of the model, or null when it is left out (a LINE-only component or action).</summary>
    private JObject? Node(JObject source, FlexNodeSchema node)
    {
        if (node.IsAbstract)
        {
            var type = TypeWord(source, "a " + (node.Type == typeof(FlexAction) ? "LINE action" : "LINE component"));
            var subtype = node.Subtypes.FirstOrDefault(s => LineDialectTable.LineType(s.WireType!) == type);
            if (subtype is null)
            {
                if (LineDialectTable.FindType(node.Type, type) is { } row)
                {
                    Report(row, source, $"LINE's {type} {(row.Node == typeof(FlexAction) ? "action" : "component")}: {row.Why} It was left out{Consequence(source)}.");
                    return null;
                }

                var known = string.Join(", ", node.Subtypes.Select(s => LineDialectTable.LineType(s.WireType!)));
                throw Error(source["type"]!, $"'{FlexLimits.Excerpt(type)}' is not a type LINE knows here; use one of {known}.");
            }

            node = subtype;
        }

        var target = Track(node.WireType is null ? [] : new JObject { ["type"] = node.WireType }, source);
        JProperty? hero = null;
        foreach (var property in source.Properties())
        {
            if (property.Name == "type" && node.WireType is not null)
            {
                continue;
            }

            var wireName = LineDialectTable.WireName(node.Type, property.Name);
            var schema = wireName is null || property.Name == "type" ? null : node.FindProperty(wireName);
            if (schema is null)
            {
                if (node.Type == typeof(FlexBubble) && property.Name == "hero")
                {
                    hero = property;
                }
                else
                {
                    OnlyInLine(node, property);
                }

                continue;
            }

            if (LineDialectTable.InfobipOnly.TryGetValue((node.Type, schema.WireName), out var why))
            {
                throw Error(property, $"'{property.Name}' is Infobip's, not LINE's: {why} Remove it.");
            }

            var value = Value(property.Value, node, schema);
            if (value is not null)
            {
                target.Add(schema.WireName, value);
            }
            else if (schema.IsRequired && schema.Kind == FlexValueKind.Object)
            {
                // A button without its action cannot stand: it went with its action, as the finding said.
                return null;
            }
        }

        if (hero is not null)
        {
            Hero(hero, target);
        }

        return target;
    }

    /// <summary>A property's value in Infobip's dialect, or null when it is left out.</summary>
    private JToken? Value(JToken value, FlexNodeSchema node, FlexPropertySchema property)
    {
        switch (property.Kind)
        {
            case FlexValueKind.Object when value is JObject child:
                return Node(child, FlexSchema.Of(property.Type));
            case FlexValueKind.List when value is JArray items && property.ItemType is { } itemType && IsNode(itemType):
                var list = Track(new JArray(), value);
                foreach (var item in items)
                {
                    if (item is JObject itemObject)
                    {
                        if (Node(itemObject, FlexSchema.Of(itemType)) is { } translated)
                        {
                            list.Add(translated);
                        }
                    }
                    else
                    {
                        list.Add(Copy(item));
                    }
                }

                return list;
            case FlexValueKind.Enum when value is JValue { Type: JTokenType.String, Value: string word }:
                return EnumWord(value, word, node, property);
            default:
                return Copy(value);
        }
    }

    private JToken? EnumWord(JToken value, string word, FlexNodeSchema node, FlexPropertySchema property)
    {
        if (LineDialectTable.WireWord(node.Type, property.WireName, word, property.Keywords) is { } wireWord)
        {
            return Track(new JValue(wireWord), value);
        }

        if (LineDialectTable.FindKeyword(node.Type, property.WireName, word) is { } row)
        {
            Report(row, value, $"LINE's {property.WireName} \"{word}\": {row.Why} It was left out, so LINE's default applies; choose another {property.WireName}.");
            return null;
        }

        var words = string.Join(", ", property.Keywords.Select(k => LineDialectTable.LineWord(node.Type, property.WireName, k)));
        throw Error(value, $"\"{FlexLimits.Excerpt(word)}\" is not a {property.WireName} LINE knows here; use one of {words}.");
    }

    /// <summary>A hero goes to the top of the body when the options say so; otherwise it is left out, as an error.</summary>
    private void Hero(JProperty hero, JObject bubble)
    {
        var row = LineDialectTable.FindProperty(typeof(FlexBubble), "hero")!;
        if (!_options.HeroToBody)
        {
            Report(row, hero.Value, $"LINE's hero block: {row.Why} It was left out; move it to the top of the body with HeroToBody (lineflex import --hero-to-body).");
            return;
        }

        if (hero.Value is not JObject heroObject || Node(heroObject, FlexSchema.Of<FlexComponent>()) is not { } component)
        {
            return;
        }

        if (bubble["body"] is not JObject body)
        {
            body = Track(new JObject { ["type"] = FlexSchema.Of<FlexBox>().WireType, ["layout"] = WireEnum<BoxLayout>.Name(BoxLayout.Vertical) }, hero.Value);
            bubble["body"] = body;
        }

        if (body["contents"] is not JArray contents)
        {
            contents = Track(new JArray(), hero.Value);
            body["contents"] = contents;
        }

        contents.Insert(0, component);
        Report(
            row,
            hero.Value,
            $"LINE's hero block: {row.Why} It was moved to the top of the body (body.contents[0]) as asked; the body's padding now frames it (set the body's paddingAll to 0px for an edge-to-edge image).",
            FindingSeverity.Warning);
    }

    /// <summary>A property of LINE's that Infobip lacks is reported and left out; one LINE does not know either is an error.</summary>
    private void OnlyInLine(FlexNodeSchema node, JProperty property)
    {
        if (LineDialectTable.FindProperty(node.Type, property.Name) is { } row)
        {
            Report(row, property.Value, $"LINE's {property.Name} on {Describe(node)}: {row.Why} It was left out.");
            return;
        }

        var known = node.Properties.Select(p => LineDialectTable.LineName(node.Type, p.WireName))
            .Concat(LineDialectTable.LineOnly.Where(f => f.Node == node.Type && f.Kind == LineOnlyKind.Property).Select(f => f.LineName));
        throw Error(
            property,
            $"Unknown property '{FlexLimits.Excerpt(property.Name)}' on {Describe(node)}; LINE's are {string.Join(", ", known.Prepend(node.WireType is null ? null : "type").OfType<string>())}. Check the spelling (names are case-sensitive).");
    }

    private static string Describe(FlexNodeSchema node) =>
        node.WireType is { } type ? "a LINE " + LineDialectTable.LineType(type) : node.Name;

    /// <summary>What else goes when a component or action is left out.</summary>
    private static string Consequence(JObject source) =>
        source.Parent is JProperty { Name: "action", Parent: JObject { } owner }
            && owner["type"]?.ToString() == LineDialectTable.LineType(FlexSchema.Of<FlexButton>().WireType!)
            ? " with its button, which cannot stand without an action"
            : string.Empty;

    private string TypeWord(JObject source, string what)
    {
        var type = source["type"];
        return type is JValue { Type: JTokenType.String, Value: string word }
            ? word
            : throw Error(type ?? source, $"{char.ToUpperInvariant(what[0])}{what[1..]} needs a \"type\" string (\"bubble\", \"box\", \"uri\", ...).");
    }

    private void Report(LineOnlyFeature row, JToken at, string message, FindingSeverity? severity = null)
    {
        var info = (IJsonLineInfo)at;
        _differences.Add(new LocatedFinding(severity ?? row.Severity, row.Code, at.Path, info.LineNumber, info.LinePosition, message));
    }

    private JToken Copy(JToken value) => Track(value.DeepClone(), value);

    private T Track<T>(T target, JToken source)
        where T : JToken
    {
        _sources[target] = source;
        return target;
    }

    private static bool IsNode(Type type) => FlexSchema.Nodes.Any(n => n.Type == type);

    private static FlexJsonException Error(JToken at, string problem)
    {
        var info = (IJsonLineInfo)at;
        return new FlexJsonException(problem, at.Path, info.LineNumber, info.LinePosition);
    }
}
