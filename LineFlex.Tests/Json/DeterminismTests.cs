namespace LineFlex.Tests.Json;

/// <summary>The same tree gives the same bytes, in the reference order, with unset values omitted.</summary>
public class DeterminismTests
{
    [Test]
    public void Properties_are_written_type_first_then_in_the_reference_order()
    {
        // Set in the reverse of the reference order on purpose: the order written is the serializer's, not the caller's.
        var text = Flex.Text("Hi", t => t.Color("#000000").Wrap().Size("md").Flex(1));

        Assert.That(
            FlexJson.Serialize(text),
            Is.EqualTo("{\"type\":\"TEXT\",\"text\":\"Hi\",\"flex\":1,\"size\":\"md\",\"wrap\":true,\"color\":\"#000000\"}"));
    }

    [Test]
    public void A_box_writes_layout_and_contents_first_then_the_rest_in_the_reference_order()
    {
        // Infobip's OpenAPI document lists a BOX's properties in this order, with contents after action; LineFlex writes
        // contents right after layout (docs/json.md says so). Read in the reverse order, to show the order is the writer's.
        string[] reference =
        [
            "layout", "backgroundColor", "borderColor", "borderWidth", "cornerRadius", "width", "height", "flex", "margin", "spacing",
            "paddingAll", "paddingTop", "paddingBottom", "paddingStart", "paddingEnd", "offsetTop", "offsetBottom", "offsetStart", "offsetEnd",
            "position", "action",
        ];
        var values = new Dictionary<string, string>
        {
            ["layout"] = "\"VERTICAL\"", ["backgroundColor"] = "\"#FFFFFF\"", ["borderColor"] = "\"#000000\"", ["borderWidth"] = "\"light\"",
            ["cornerRadius"] = "\"md\"", ["width"] = "\"50%\"", ["height"] = "\"20px\"", ["flex"] = "1", ["margin"] = "\"sm\"", ["spacing"] = "\"sm\"",
            ["action"] = "{\"type\":\"URI\",\"label\":\"Open\",\"uri\":\"https://example.com\"}", ["position"] = "\"RELATIVE\"",
        };
        var json = "{\"contents\":[]," + string.Join(",", reference.Reverse().Select(name => $"\"{name}\":{values.GetValueOrDefault(name, "\"1px\"")}")) + ",\"type\":\"BOX\"}";

        var written = Newtonsoft.Json.Linq.JObject.Parse(FlexJson.Serialize(FlexJson.Deserialize<FlexComponent>(json)));

        Assert.That(written.Properties().Select(p => p.Name), Is.EqualTo(new[] { "type", "layout", "contents" }.Concat(reference.Skip(1))));
    }

    [Test]
    public void Flex_zero_is_written_and_unset_flex_is_omitted()
    {
        var zero = Flex.Text("a", t => t.Flex(0));
        var unset = Flex.Text("a");

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Serialize(zero), Is.EqualTo("{\"type\":\"TEXT\",\"text\":\"a\",\"flex\":0}"));
            Assert.That(FlexJson.Serialize(unset), Is.EqualTo("{\"type\":\"TEXT\",\"text\":\"a\"}"));
            Assert.That(zero, Is.Not.EqualTo(unset));
        });
    }

    [Test]
    public void Two_trees_built_the_same_way_give_the_same_bytes()
    {
        var first = FlexJson.SerializeToUtf8Bytes(TestData.EveryOptionRequest());
        var second = FlexJson.SerializeToUtf8Bytes(TestData.EveryOptionRequest());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Send_at_is_written_in_infobips_format_with_its_offset()
    {
        var request = Flex.Request().SendAt(new DateTimeOffset(2026, 12, 1, 18, 30, 0, 7, TimeSpan.FromHours(9))).Build();

        Assert.That(FlexJson.Serialize(request.Options!), Is.EqualTo("{\"schedule\":{\"sendAt\":\"2026-12-01T18:30:00.007+0900\"}}"));
    }

    [Test]
    public void Enums_are_written_as_the_documented_uppercase_words()
    {
        var span = Flex.Span("x", s => s.LineThrough().Italic());
        var bubble = Flex.Bubble().Direction(BubbleDirection.LeftToRight).Build();

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Serialize(span), Does.Contain("\"decoration\":\"LINE_THROUGH\""));
            Assert.That(FlexJson.Serialize(bubble), Does.Contain("\"direction\":\"LEFT_TO_RIGHT\""));
        });
    }

    [Test]
    public void Serializing_something_that_is_not_a_model_type_says_so()
    {
        var error = Assert.Throws<ArgumentException>(() => FlexJson.Serialize(new { text = "hi" }))!;

        Assert.That(error.Message, Does.Contain("is not a LineFlex model type"));
    }

    [Test]
    public void A_null_list_item_is_a_clear_error_naming_where_it_is()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "a" }, null!] };

        var error = Assert.Throws<ArgumentException>(() => FlexJson.Serialize(box))!;

        Assert.That(error.Message, Does.Contain("The item at 'contents[1]' is null"));
    }
}
