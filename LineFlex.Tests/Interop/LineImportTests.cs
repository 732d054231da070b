namespace LineFlex.Tests.Interop;

/// <summary>Reading what LINE's Flex Message Simulator writes into Infobip's model.</summary>
[TestFixture]
public sealed class LineImportTests
{
    private static string Receipt => File.ReadAllText(TestData.SamplePath(Path.Combine("Line", "simulator-receipt.json")));

    [Test]
    public void A_simulator_bubble_imports_as_the_bubble_the_builder_writes()
    {
        var expected = Flex.Bubble()
            .Size(BubbleSize.Mega)
            .Direction(BubbleDirection.LeftToRight)
            .Header(BoxLayout.Horizontal, h => h.Text("RECEIPT", t => t.Bold().Color("#1DB446").Size("sm")))
            .Body(b => b
                .Spacing("sm")
                .Text("Brown Store", t => t.Bold().Size("xxl").Margin("md").Wrap())
                .Separator(s => s.Margin("xxl"))
                .Baseline(row => row
                    .Icon("https://example.com/star.png", i => i.Size("sm"))
                    .Text(t => t
                        .Span("Total ")
                        .Span("$7.31", s => s.Bold().LineThrough().Italic())
                        .Flex(0)
                        .Align(FlexAlign.End)))
                .Image("https://example.com/map.png", i => i.Size("full").AspectRatio("20:13").AspectMode(AspectMode.Cover)))
            .Footer(f => f
                .Button(Flex.Uri("Track", "https://example.com/track", "https://example.com/track?desktop"), b => b.Style(ButtonStyle.Primary).Height(ButtonHeight.Small))
                .Button(Flex.Postback("Call me", "call=1"), b => b.Style(ButtonStyle.Link)))
            .Style(s => s.Footer(separator: true, separatorColor: "#EEEEEE"))
            .Build();

        var imported = LineDialect.Import(Receipt);

        Assert.Multiple(() =>
        {
            Assert.That(imported.Bubble, Is.EqualTo(expected));
            Assert.That(imported.Kind, Is.EqualTo(LineDocumentKind.Bubble));
            Assert.That(imported.Findings.Where(f => !FlexRules.LonGuidelines.Any(r => r.Code == f.Code)), Is.Empty, "a LINE bubble is not in LON's shape; nothing else is found");
            Assert.That(imported.AltText, Is.Null);
        });
    }

    [Test]
    public void A_flex_message_gives_its_alt_text_and_its_bubble()
    {
        var imported = LineDialect.Import("""{"type":"flex","altText":"Your receipt","contents":{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"Hi"}]}}}""");

        Assert.Multiple(() =>
        {
            Assert.That(imported.Kind, Is.EqualTo(LineDocumentKind.FlexMessage));
            Assert.That(imported.ToContent(), Is.EqualTo(new LineNotificationContent { AltText = "Your receipt", Contents = Flex.Bubble().Body(b => b.Text("Hi")).Build() }));
            Assert.That(imported.Findings.Where(f => !FlexRules.LonGuidelines.Any(r => r.Code == f.Code)), Is.Empty, "a LINE bubble is not in LON's shape; nothing else is found");
        });
    }

    [Test]
    public void A_bare_bubble_needs_an_alt_text_to_become_content()
    {
        var imported = LineDialect.Import(Receipt);

        Assert.Multiple(() =>
        {
            Assert.That(() => imported.ToContent(), Throws.InvalidOperationException.With.Message.Contains("--alt-text"));
            Assert.That(imported.ToContent("Receipt").AltText, Is.EqualTo("Receipt"));
        });
    }

    [Test]
    public void An_unknown_property_is_refused_at_its_line_path_and_position()
    {
        const string Json = "{\n  \"type\": \"bubble\",\n  \"body\": {\n    \"type\": \"box\",\n    \"layout\": \"vertical\",\n    \"colour\": \"#FF0000\",\n    \"contents\": []\n  }\n}";

        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(Json))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Path, Is.EqualTo("body.colour"));
            Assert.That(e.LineNumber, Is.EqualTo(6));
            Assert.That(e.Problem, Does.Contain("Unknown property 'colour' on a LINE box").And.Contain("backgroundColor").And.Contain("justifyContent"));
        });
    }

    [Test]
    public void A_postback_alt_uri_which_LINE_does_not_have_is_refused_at_its_line_path_and_position()
    {
        const string Json = "{\n  \"type\": \"bubble\",\n  \"action\": {\n    \"type\": \"postback\",\n    \"label\": \"Yes\",\n    \"data\": \"answer=yes\",\n    \"altUri\": {\"desktop\": \"https://example.com\"}\n  }\n}";

        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(Json))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Path, Is.EqualTo("action.altUri"));
            Assert.That(e.LineNumber, Is.EqualTo(7));
            Assert.That(e.Problem, Does.Contain("LINE's postback action has no altUri"));
        });
    }

    [Test]
    public void Malformed_json_gets_the_strict_parser_s_located_error()
    {
        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import("{\"type\": \"bubble\",\n \"size\": 'mega'}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Problem, Does.Contain("Single quotes"));
            Assert.That(e.LineNumber, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_duplicate_property_is_refused()
    {
        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import("""{"type":"bubble","size":"mega","size":"giga"}"""))!;

        Assert.That(e.Problem, Does.Contain("appears twice"));
    }

    [Test]
    public void Infobip_s_dialect_is_refused_with_the_way_to_read_it()
    {
        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(FlexJson.Serialize(Flex.Bubble().Build())))!;

        Assert.That(e.Problem, Does.Contain("Infobip's dialect").And.Contain("FlexJson.Deserialize"));
    }

    [Test]
    public void An_unknown_keyword_lists_LINE_s_words()
    {
        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import("""{"type":"bubble","direction":"LEFT_TO_RIGHT"}"""))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Path, Is.EqualTo("direction"));
            Assert.That(e.Problem, Does.Contain("use one of ltr, rtl"));
        });
    }

    [Test]
    public void A_value_of_the_wrong_json_type_is_reported_at_the_LINE_path_and_line()
    {
        const string Json = "{\"type\":\"bubble\",\n\"styles\":{\"body\":{\"separator\":\"yes\"}},\n\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"filler\"},\n{\"type\":\"text\",\"text\":\"x\",\"flex\":\"2\"}]}}";

        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(Json))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Path, Is.EqualTo("styles.body.separator"));
            Assert.That(e.LineNumber, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_left_out_sibling_does_not_shift_the_paths_of_later_ones()
    {
        const string Json = "{\"type\":\"bubble\",\n\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"filler\"},\n{\"type\":\"text\",\"text\":\"x\",\"flex\":\"2\"}]}}";

        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(Json))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Path, Is.EqualTo("body.contents[1].flex"));
            Assert.That(e.LineNumber, Is.EqualTo(3));
        });
    }

    [Test]
    public void The_result_is_validated_and_each_finding_is_located_in_the_LINE_document()
    {
        const string Json = "{\"type\":\"bubble\",\n\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"filler\"},\n{\"type\":\"button\",\"action\":{\"type\":\"uri\",\"label\":\"A label far longer than twenty\",\"uri\":\"https://example.com\"}}]}}";

        var imported = LineDialect.Import(Json);
        var label = imported.Findings.Single(f => f.Code == FlexRules.LabelLength.Code);

        Assert.Multiple(() =>
        {
            Assert.That(imported.Validation.Errors.Single().Path, Is.EqualTo("body.contents[0].action.label"));
            Assert.That(label.Path, Is.EqualTo("body.contents[1].action.label"));
            Assert.That(label.LineNumber, Is.EqualTo(3));
            Assert.That(imported.HasErrors, Is.True);
        });
    }

    [Test]
    public void A_hero_is_an_error_and_left_out_by_default()
    {
        var imported = LineDialect.Import("""{"type":"bubble","hero":{"type":"image","url":"https://example.com/h.png"},"body":{"type":"box","layout":"vertical","contents":[]}}""");
        var hero = imported.Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hero.Code, Is.EqualTo("LF801"));
            Assert.That(hero.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(hero.Path, Is.EqualTo("hero"));
            Assert.That(hero.Message, Does.Contain("--hero-to-body"));
            Assert.That(imported.Bubble.Body!.Contents, Is.Empty);
        });
    }

    [Test]
    public void A_hero_moves_to_the_top_of_the_body_when_asked()
    {
        var imported = LineDialect.Import(
            """{"type":"bubble","hero":{"type":"image","url":"https://example.com/h.png","size":"full"},"body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"Hi"}]}}""",
            new LineImportOptions { HeroToBody = true });

        Assert.Multiple(() =>
        {
            Assert.That(imported.Bubble.Body, Is.EqualTo(Flex.Box(BoxLayout.Vertical, b => b.Image("https://example.com/h.png", i => i.Size("full")).Text("Hi"))));
            Assert.That(imported.Differences.Single().Severity, Is.EqualTo(FindingSeverity.Warning));
        });
    }

    [Test]
    public void A_hero_moved_into_a_bubble_without_a_body_gets_one()
    {
        var imported = LineDialect.Import("""{"type":"bubble","hero":{"type":"image","url":"https://example.com/h.png"}}""", new LineImportOptions { HeroToBody = true });

        Assert.That(imported.Bubble.Body, Is.EqualTo(Flex.Box(BoxLayout.Vertical, b => b.Image("https://example.com/h.png"))));
    }

    [Test]
    public void A_carousel_is_an_error_and_its_first_bubble_is_shown()
    {
        var imported = LineDialect.Import(Carousel);
        var carousel = imported.Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(carousel.Code, Is.EqualTo("LF802"));
            Assert.That(carousel.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(carousel.Message, Does.Contain("--bubble N"));
            Assert.That(imported.Bubble.Body!.Contents![0], Is.EqualTo(Flex.Text("first")));
        });
    }

    [Test]
    public void A_carousel_gives_the_bubble_asked_for_and_paths_point_into_it()
    {
        var imported = LineDialect.Import(Carousel, new LineImportOptions { CarouselBubble = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(imported.Bubble.Body!.Contents![0], Is.EqualTo(Flex.Text("second")));
            Assert.That(imported.Differences.Single().Severity, Is.EqualTo(FindingSeverity.Warning));
            Assert.That(imported.Locate(new FlexFinding(FindingSeverity.Error, "LF000", "body.contents[0]", "x", null)).Path, Is.EqualTo("contents[1].body.contents[0]"));
        });
    }

    [Test]
    public void A_missing_required_value_is_reported_at_its_own_LINE_path_at_the_place_of_its_holder()
    {
        const string Json = """
            {"type": "carousel", "contents": [
              {"type": "bubble"},
              {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "image"}]}}
            ]}
            """;

        var imported = LineDialect.Import(Json, new LineImportOptions { CarouselBubble = 1 });

        var missing = imported.Findings.Single(f => f.Code == FlexRules.ImageUrlRequired.Code);
        Assert.Multiple(() =>
        {
            Assert.That(missing.Path, Is.EqualTo("contents[1].body.contents[0].url"));
            Assert.That((missing.LineNumber, missing.LinePosition), Is.EqualTo((3, 81)));
        });
    }

    [Test]
    public void A_carousel_bubble_out_of_range_names_the_range()
    {
        var e = Assert.Throws<FlexJsonException>(() => LineDialect.Import(Carousel, new LineImportOptions { CarouselBubble = 5 }))!;

        Assert.That(e.Problem, Does.Contain("0..1, not 5"));
    }

    [Test]
    public void A_button_whose_action_Infobip_lacks_goes_with_it()
    {
        var imported = LineDialect.Import("""{"type":"bubble","footer":{"type":"box","layout":"vertical","contents":[{"type":"button","action":{"type":"message","label":"Hi","text":"Hi"}},{"type":"text","text":"kept"}]}}""");

        Assert.Multiple(() =>
        {
            Assert.That(imported.Bubble.Footer!.Contents, Is.EqualTo(new[] { Flex.Text("kept") }));
            Assert.That(imported.Differences.Single().Message, Does.Contain("with its button"));
            Assert.That(imported.Differences.Single().Path, Is.EqualTo("footer.contents[0].action"));
        });
    }

    [TestCaseSource(nameof(LineOnlyRows))]
    public void Each_thing_Infobip_cannot_carry_is_reported_with_its_code_and_left_out(int index)
    {
        var row = LineOnlyCase.For(LineDialectTable.LineOnly[index]);
        var imported = LineDialect.Import(row.Json);
        var finding = imported.Differences.SingleOrDefault(f => f.Path == row.Path);

        Assert.That(finding, Is.Not.Null, $"No finding at {row.Path}; found: {string.Join("; ", imported.Differences)}");
        Assert.Multiple(() =>
        {
            Assert.That(finding!.Code, Is.EqualTo(row.Feature.Code));
            Assert.That(finding.Severity, Is.EqualTo(row.Feature.Severity));
            Assert.That(finding.Message, Does.Contain(row.Feature.Why));
            Assert.That(finding.LineNumber, Is.GreaterThan(0));
            Assert.That(LineDialect.Export(imported.Bubble), Does.Not.Contain(row.Marker));
        });
    }

    private const string Carousel =
        """{"type":"carousel","contents":[{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"first"}]}},{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"second"}]}}]}""";

    /// <summary>One document per row of the table, holding that feature, and where its finding must be.</summary>
    public static IEnumerable<TestCaseData> LineOnlyRows() =>
        LineDialectTable.LineOnly.Select((feature, index) => new TestCaseData(index)
            .SetArgDisplayNames($"{feature.Node.Name} {feature.LineName} {feature.Keyword}".Trim()));

    /// <summary>A LINE document that holds one feature of <see cref="LineDialectTable.LineOnly"/>.</summary>
    private sealed record LineOnlyCase(LineOnlyFeature Feature, string Json, string Path, string Marker)
    {
        private const string Marker0 = "\"MARKER\"";

        public static LineOnlyCase For(LineOnlyFeature feature)
        {
            var name = feature.LineName;
            return (feature.Node.Name, feature.Kind) switch
            {
                (nameof(FlexBubble), LineOnlyKind.Type) => new(feature, "{\"type\":\"carousel\",\"contents\":[{\"type\":\"bubble\"}]}", string.Empty, "carousel"),
                (nameof(FlexBubble), LineOnlyKind.Keyword) => new(feature, Bubble($"\"size\":\"{feature.Keyword}\""), "size", feature.Keyword!),
                (nameof(FlexBubble), _) => new(feature, Bubble($"\"{name}\":{{\"type\":\"text\",\"text\":\"MARKER\"}}"), name, "MARKER"),
                (nameof(BubbleStyles), _) => new(feature, Bubble($"\"styles\":{{\"{name}\":{{\"backgroundColor\":\"#ABCDEF\"}}}}"), "styles." + name, "ABCDEF"),
                (nameof(FlexComponent), _) => new(feature, Bubble("\"body\":" + Box($"{{\"type\":\"{name}\",\"url\":\"MARKER\"}}")), "body.contents[0]", "MARKER"),
                (nameof(FlexAction), _) => new(feature, Bubble($"\"action\":{{\"type\":\"{name}\",\"label\":\"MARKER\"}}"), "action", "MARKER"),
                (nameof(LineNotificationContent), _) => new(feature, $"{{\"type\":\"flex\",\"altText\":\"a\",\"{name}\":{Marker0},\"contents\":{{\"type\":\"bubble\"}}}}", name, "MARKER"),
                (nameof(FlexBox), _) => new(feature, Bubble($"\"body\":{{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[],\"{name}\":{Marker0}}}"), "body." + name, "MARKER"),
                (nameof(PostbackAction), _) => new(feature, Bubble($"\"action\":{{\"type\":\"postback\",\"label\":\"a\",\"data\":\"b\",\"{name}\":{Marker0}}}"), "action." + name, "MARKER"),
                _ => new(feature, Bubble("\"body\":" + Box(Component(feature))), "body.contents[0]." + name, "MARKER"),
            };
        }

        public override string ToString() => Path;

        private static string Bubble(string properties) => "{\"type\":\"bubble\"," + properties + "}";

        private static string Box(string child) => "{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[" + child + "]}";

        private static string Component(LineOnlyFeature feature)
        {
            var type = FlexSchema.Of(feature.Node).WireType!.ToLowerInvariant();
            var required = type switch
            {
                "button" => "\"action\":{\"type\":\"uri\",\"label\":\"a\",\"uri\":\"https://example.com\"},",
                "image" or "icon" => "\"url\":\"https://example.com/a.png\",",
                _ => "\"text\":\"a\",",
            };
            return "{\"type\":\"" + type + "\"," + required + "\"" + feature.LineName + "\":" + Marker0 + "}";
        }
    }
}
