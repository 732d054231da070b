using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Interop;

/// <summary>
/// Diffs LINE's published Flex schema (Samples/Line/line-messaging-openapi-flex.json, from the public line/line-openapi
/// repository, Apache-2.0) against <see cref="FlexSchema"/> and <see cref="LineDialectTable"/>: every LINE type,
/// property and keyword either maps by the rule or is a row of the table, and every row is something LINE has.
/// </summary>
[TestFixture]
public sealed class LineSchemaDiffTests
{
    /// <summary>LINE's schema name of each node both dialects have.</summary>
    private static readonly Dictionary<string, Type> Nodes = new()
    {
        ["FlexMessage"] = typeof(LineNotificationContent),
        ["FlexBubble"] = typeof(FlexBubble),
        ["FlexBubbleStyles"] = typeof(BubbleStyles),
        ["FlexBlockStyle"] = typeof(BlockStyle),
        ["FlexBox"] = typeof(FlexBox),
        ["FlexText"] = typeof(FlexText),
        ["FlexSpan"] = typeof(FlexSpan),
        ["FlexImage"] = typeof(FlexImage),
        ["FlexIcon"] = typeof(FlexIcon),
        ["FlexButton"] = typeof(FlexButton),
        ["FlexSeparator"] = typeof(FlexSeparator),
        ["URIAction"] = typeof(UriAction),
        ["PostbackAction"] = typeof(PostbackAction),
    };

    /// <summary>LINE's keyword lists of string values, and a property of Infobip's that takes that value.</summary>
    private static readonly Dictionary<string, (Type Node, string Property)> KeywordLists = new()
    {
        ["FlexBoxBorderWidth"] = (typeof(FlexBox), "borderWidth"),
        ["FlexBoxCornerRadius"] = (typeof(FlexBox), "cornerRadius"),
        ["FlexBoxPadding"] = (typeof(FlexBox), "paddingAll"),
        ["FlexBoxSpacing"] = (typeof(FlexBox), "spacing"),
        ["FlexMargin"] = (typeof(FlexText), "margin"),
        ["FlexOffset"] = (typeof(FlexBox), "offsetTop"),
        ["FlexIconSize"] = (typeof(FlexIcon), "size"),
        ["FlexImageSize"] = (typeof(FlexImage), "size"),
        ["FlexSpanSize"] = (typeof(FlexSpan), "size"),
        ["FlexTextFontSize"] = (typeof(FlexText), "size"),
    };

    private static readonly JObject Schemas = (JObject)JObject.Parse(
        File.ReadAllText(TestData.SamplePath(Path.Combine("Line", "line-messaging-openapi-flex.json"))))["components"]!["schemas"]!;

    [Test]
    public void Every_LINE_property_maps_to_Infobip_s_or_is_a_row_of_the_table()
    {
        var unmapped = new List<string>();
        foreach (var (schemaName, type) in Nodes)
        {
            var node = FlexSchema.Of(type);
            foreach (var (name, _) in LineProperties(schemaName).Where(p => p.Name != "type"))
            {
                var wireName = LineDialectTable.WireName(type, name);
                if ((wireName is null || node.FindProperty(wireName) is null) && LineDialectTable.FindProperty(type, name) is null)
                {
                    unmapped.Add($"{schemaName}.{name}");
                }
            }
        }

        Assert.That(unmapped, Is.Empty, "LINE properties with no Infobip property and no row in LineDialectTable.LineOnly.");
    }

    [Test]
    public void Every_LINE_type_maps_to_Infobip_s_or_is_a_row_of_the_table()
    {
        var unmapped = new List<string>();
        foreach (var (schemaName, type) in new[] { ("FlexComponent", typeof(FlexComponent)), ("Action", typeof(FlexAction)), ("FlexContainer", typeof(FlexBubble)) })
        {
            var wireTypes = type == typeof(FlexBubble) ? ["BUBBLE"] : FlexSchema.Of(type).Subtypes.Select(s => s.WireType!).ToArray();
            foreach (var word in Discriminator(schemaName))
            {
                if (!wireTypes.Any(w => LineDialectTable.LineType(w) == word) && LineDialectTable.FindType(type, word) is null)
                {
                    unmapped.Add($"{schemaName}: {word}");
                }
            }
        }

        Assert.That(unmapped, Is.Empty);
    }

    [Test]
    public void Every_LINE_enum_word_maps_to_Infobip_s_or_is_a_row_of_the_table()
    {
        var unmapped = new List<string>();
        foreach (var (schemaName, type) in Nodes)
        {
            var node = FlexSchema.Of(type);
            foreach (var (name, definition) in LineProperties(schemaName))
            {
                if (definition["enum"] is not JArray words || LineDialectTable.WireName(type, name) is not { } wireName || node.FindProperty(wireName) is not { } property)
                {
                    continue;
                }

                foreach (var word in words.Values<string>())
                {
                    if (LineDialectTable.WireWord(type, wireName, word!, property.Keywords) is null && LineDialectTable.FindKeyword(type, wireName, word!) is null)
                    {
                        unmapped.Add($"{schemaName}.{name}: {word}");
                    }
                }
            }
        }

        Assert.That(unmapped, Is.Empty);
    }

    [Test]
    public void Every_keyword_of_LINE_s_string_values_is_a_keyword_of_Infobip_s_typed_value()
    {
        var missing = KeywordLists
            .SelectMany(list => Schemas[list.Key]!["enum"]!.Values<string>().Select(word => (list, word: word!)))
            .Where(x => !FlexSchema.Of(x.list.Value.Node).FindProperty(x.list.Value.Property)!.Keywords.Contains(x.word)
                && LineDialectTable.FindKeyword(x.list.Value.Node, x.list.Value.Property, x.word) is null)
            .Select(x => $"{x.list.Key}: {x.word}");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_row_of_the_table_is_something_LINE_s_schema_has()
    {
        var schemaOf = Nodes.ToDictionary(n => n.Value, n => n.Key);
        var stale = LineDialectTable.LineOnly.Where(row => row.Kind switch
        {
            LineOnlyKind.Type => !Discriminator(row.Node == typeof(FlexBubble) ? "FlexContainer" : row.Node == typeof(FlexAction) ? "Action" : "FlexComponent").Contains(row.LineName),
            LineOnlyKind.Property => !LineProperties(schemaOf[row.Node]).Any(p => p.Name == row.LineName),
            _ => LineProperties(schemaOf[row.Node]).FirstOrDefault(p => p.Name == row.LineName).Definition?["enum"]?.Values<string>().Contains(row.Keyword) != true,
        });

        Assert.That(stale, Is.Empty);
    }

    [Test]
    public void Infobip_has_one_property_LINE_s_schema_lacks_and_it_is_documented()
    {
        var infobipOnly = Nodes
            .SelectMany(n => FlexSchema.Of(n.Value).Properties
                .Where(p => !LineProperties(n.Key).Any(l => l.Name == LineDialectTable.LineName(n.Value, p.WireName)))
                .Select(p => $"{n.Value.Name}.{p.WireName}"));

        Assert.Multiple(() =>
        {
            Assert.That(infobipOnly, Is.EqualTo(new[] { "PostbackAction.altUri" }));
            Assert.That(LineDialectTable.InfobipOnly.Keys.Select(k => $"{k.Node.Name}.{k.WireName}"), Is.EquivalentTo(infobipOnly));
            Assert.That(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "interop.md")), Does.Contain("`altUri` of a postback"));
        });
    }

    [Test]
    public void Every_LINE_length_limit_of_a_shared_property_is_a_row_of_the_export_s_limits()
    {
        var limits = Nodes
            .SelectMany(n => LineProperties(n.Key)
                .Where(p => p.Definition["maxLength"] is not null && LineDialectTable.WireName(n.Value, p.Name) is not null)
                .Select(p => ((n.Value, LineDialectTable.WireName(n.Value, p.Name)!), (int)p.Definition["maxLength"]!)))
            .ToDictionary(x => x.Item1, x => x.Item2);

        Assert.That(LineDialectTable.LineMaxLength, Is.EquivalentTo(limits));
    }

    [Test]
    public void Every_property_LINE_requires_is_required_by_Infobip_too_or_written_by_the_export()
    {
        var notRequiredByInfobip = Nodes
            .SelectMany(n => Required(n.Key)
                .Where(name => name != "type" && LineDialectTable.WireName(n.Value, name) is { } wireName && FlexSchema.Of(n.Value).FindProperty(wireName) is { IsRequired: false })
                .Select(name => (n.Value, name)));

        Assert.That(LineDialectTable.LineRequiredLists, Is.EquivalentTo(notRequiredByInfobip));
    }

    /// <summary>A schema's required properties, its own and those of its <c>allOf</c> parts.</summary>
    private static IEnumerable<string> Required(string schemaName)
    {
        var schema = (JObject)Schemas[schemaName]!;
        return new[] { schema }.Concat(schema["allOf"]?.Children<JObject>() ?? []).SelectMany(part => part["required"]?.Values<string>() ?? []).OfType<string>();
    }

    /// <summary>A schema's properties, its own and those it takes from <c>allOf</c>.</summary>
    internal static IEnumerable<(string Name, JObject Definition)> LineProperties(string schemaName)
    {
        var schema = (JObject)Schemas[schemaName]!;
        var parts = new[] { schema }.Concat(schema["allOf"]?.Children<JObject>() ?? []);
        foreach (var part in parts)
        {
            if (part["$ref"] is { } reference)
            {
                foreach (var inherited in LineProperties(reference.ToString().Split('/')[^1]))
                {
                    yield return inherited;
                }
            }

            foreach (var property in (part["properties"] as JObject)?.Properties() ?? [])
            {
                yield return (property.Name, (JObject)property.Value);
            }
        }
    }

    private static string[] Discriminator(string schemaName) =>
        ((JObject)Schemas[schemaName]!["discriminator"]!["mapping"]!).Properties().Select(p => p.Name).ToArray();
}
