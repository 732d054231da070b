using Newtonsoft.Json;

namespace LineFlex.Tests.Json;

/// <summary>The compact wire writer writes what Newtonsoft's JsonTextWriter writes, character for character.</summary>
public class CompactWriterTests
{
    private static string WithJsonTextWriter(object node)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            FlexJson.Write(writer, node);
        }

        return text.ToString();
    }

    [Test]
    public void Every_utf16_code_unit_is_escaped_as_JsonTextWriter_escapes_it()
    {
        var every = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray()) + "\U0001F600 end";
        var text = new FlexText { Text = every, Contents = [new FlexSpan { Text = "\"quoted\"\\\n" }] };

        Assert.That(FlexJson.Serialize(text), Is.EqualTo(WithJsonTextWriter(text)));
    }

    [Test]
    public void Integers_booleans_nested_lists_and_empty_lists_are_written_as_JsonTextWriter_writes_them()
    {
        var request = Flex.Request()
            .Message(m => m.Sender("acme").To("66812345678").To("66812345679", messageId: "b").AltText("x")
                .Bubble(b => b.Body(body => body
                    .Horizontal(row => row.Text("a", t => t.Flex(0).MaxLines(int.MaxValue).Wrap(false)).Box(inner => { }))
                    .Add(new FlexText { Text = "-", Flex = -1, MaxLines = int.MinValue }))))
            .Build();

        Assert.That(FlexJson.Serialize(request), Is.EqualTo(WithJsonTextWriter(request)));
    }

    [Test]
    public void Every_wire_type_and_enum_word_is_written_unescaped_as_JsonTextWriter_writes_it()
    {
        // The compact writer writes types and enum words without scanning them for characters to escape.
        var enums = FlexSchema.Nodes.SelectMany(n => n.Properties)
            .Select(p => Nullable.GetUnderlyingType(p.ItemType ?? p.Type) ?? p.ItemType ?? p.Type)
            .Where(t => t.IsEnum)
            .Distinct()
            .ToList();
        var words = FlexSchema.Nodes.Select(n => n.WireType).OfType<string>()
            .Concat(enums.SelectMany(WireWords))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(enums, Has.Count.GreaterThan(10), "the model's enums were not found");
            foreach (var word in words)
            {
                Assert.That(word, Does.Match("^[A-Za-z0-9_-]+$"), "a word the compact writer writes unescaped");
                Assert.That(JsonConvert.ToString(word), Is.EqualTo("\"" + word + "\""), word);
            }
        });
    }

    private static IReadOnlyList<string> WireWords(Type enumType) =>
        (IReadOnlyList<string>)typeof(WireEnum<>).MakeGenericType(enumType).GetProperty(nameof(WireEnum<BoxLayout>.Words))!.GetValue(null)!;

    [Test]
    public void A_null_list_item_is_reported_at_its_path_as_before()
    {
        var box = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "a" }, null!] };

        var error = Assert.Throws<ArgumentException>(() => FlexJson.Serialize(box))!;

        Assert.That(error.Message, Does.Contain("'contents[1]'"));
    }

    [Test]
    public void Writing_to_a_text_writer_gives_the_same_text_as_to_a_string()
    {
        var request = Flex.Request().Message(m => m.Sender("acme").To("66812345678").AltText("ไทย 日本").Bubble(b => b.Body(body => body.Text("é")))).Build();
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        FlexJson.Serialize(text, request);

        Assert.That(text.ToString(), Is.EqualTo(FlexJson.Serialize(request)).And.EqualTo(WithJsonTextWriter(request)));
    }
}
