using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Json;

/// <summary>What the API accepts parses, and what was serialized reads back equal.</summary>
public class ReadingTests
{
    [Test]
    public void The_seed_request_round_trips_through_the_model_unchanged()
    {
        var original = TestData.ParseToken(TestData.SeedRequestJson);

        var parsed = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson);
        var written = TestData.ParseToken(FlexJson.Serialize(parsed));

        Assert.That(JToken.DeepEquals(written, original), Is.True, written.ToString());
    }

    [Test]
    public void The_seed_request_built_with_the_builder_equals_the_parsed_one()
    {
        var parsed = FlexJson.Deserialize<LineRequest>(TestData.SeedRequestJson);

        var built = LineFlex.Cli.Demo.PurchaseComplete.Request();

        Assert.Multiple(() =>
        {
            Assert.That(built, Is.EqualTo(parsed));
            Assert.That(built.GetHashCode(), Is.EqualTo(parsed.GetHashCode()));
        });
    }

    [Test]
    public void Every_readable_node_type_has_a_sample_in_the_tests()
    {
        var samples = TestData.OneOfEveryNode();

        Assert.That(FlexJsonReader.ReadableTypes, Is.EquivalentTo(samples.Keys));
    }

    [TestCaseSource(nameof(NodeTypes))]
    public void Every_node_type_round_trips_to_an_equal_tree(Type type)
    {
        var node = TestData.OneOfEveryNode()[type];
        var json = FlexJson.Serialize(node);

        var read = typeof(FlexJson).GetMethod(nameof(FlexJson.Deserialize), [typeof(string)])!
            .MakeGenericMethod(type)
            .Invoke(null, [json]);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(node));
            Assert.That(read!.GetHashCode(), Is.EqualTo(node.GetHashCode()));
            Assert.That(FlexJson.Serialize(read), Is.EqualTo(json));
        });
    }

    private static IEnumerable<Type> NodeTypes() => TestData.OneOfEveryNode().Keys;

    [Test]
    public void The_type_may_come_last_as_in_infobips_examples()
    {
        var text = FlexJson.Deserialize<FlexComponent>("{\"text\":\"hi\",\"wrap\":true,\"type\":\"TEXT\"}");

        Assert.That(text, Is.EqualTo(new FlexText { Text = "hi", Wrap = true }));
    }

    [Test]
    public void A_block_and_the_spans_of_a_text_may_omit_their_type_as_the_schema_allows()
    {
        var bubble = FlexJson.Deserialize<FlexBubble>(
            "{\"body\":{\"layout\":\"VERTICAL\",\"contents\":[{\"type\":\"TEXT\",\"contents\":[{\"text\":\"a\"}]}]}}");

        var span = ((FlexText)bubble.Body!.Contents![0]).Contents![0];
        Assert.That(span, Is.EqualTo(new FlexSpan { Text = "a" }));
    }

    [Test]
    public void A_missing_required_value_parses_so_the_validator_can_report_it()
    {
        var box = FlexJson.Deserialize<FlexBox>("{\"type\":\"BOX\",\"contents\":[]}");

        Assert.That(box.Layout, Is.Null);
    }

    [Test]
    public void A_malformed_keyword_value_is_kept_raw_for_the_validator()
    {
        var text = FlexJson.Deserialize<FlexText>("{\"type\":\"TEXT\",\"text\":\"x\",\"size\":\"huge\"}");

        Assert.Multiple(() =>
        {
            Assert.That(text.Size!.Value.Value, Is.EqualTo("huge"));
            Assert.That(text.Size!.Value.IsWellFormed, Is.False);
        });
    }

    [Test]
    public void Json_null_means_not_set()
    {
        var text = FlexJson.Deserialize<FlexText>("{\"type\":\"TEXT\",\"text\":\"x\",\"flex\":null}");

        Assert.That(text.Flex, Is.Null);
    }

    [TestCase("2026-12-01T09:30:00.125+0000")]
    [TestCase("2026-12-01T09:30:00.125+00:00")]
    [TestCase("2026-12-01T09:30:00.125Z")]
    [TestCase("2026-12-01T18:30:00.125+0900")]
    public void Send_at_accepts_infobip_and_iso_offsets(string sendAt)
    {
        var schedule = FlexJson.Deserialize<ScheduleOptions>($"{{\"sendAt\":\"{sendAt}\"}}");

        Assert.That(schedule.SendAt, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 9, 30, 0, 125, TimeSpan.Zero)));
    }

    [TestCase("2026-12-01T10:00:00.1234567+07:00", "2026-12-01T10:00:00.1234567+0700")]
    [TestCase("2026-12-01T10:00:00.1234+0700", "2026-12-01T10:00:00.1234+0700")]
    [TestCase("2026-12-01T10:00:00.125+0000", "2026-12-01T10:00:00.125+0000")]
    [TestCase("2026-12-01T10:00:00Z", "2026-12-01T10:00:00.000+0000")]
    public void Send_at_keeps_the_digits_it_was_given_through_a_round_trip(string given, string written)
    {
        var schedule = FlexJson.Deserialize<ScheduleOptions>($"{{\"sendAt\":\"{given}\"}}");

        Assert.That(FlexJson.Serialize(schedule), Is.EqualTo($"{{\"sendAt\":\"{written}\"}}"));
    }

    [Test]
    public void Send_at_set_in_code_keeps_its_ticks()
    {
        var sendAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7)).AddTicks(1_234_567);

        var json = FlexJson.Serialize(Flex.Request().SendAt(sendAt).Build());

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"sendAt\":\"2026-12-01T10:00:00.1234567+0700\""));
            Assert.That(FlexJson.Deserialize<LineRequest>(json).Options!.Schedule!.SendAt, Is.EqualTo(sendAt));
        });
    }

    [Test]
    public void Send_at_with_more_digits_than_a_tick_is_refused()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<ScheduleOptions>("{\"sendAt\":\"2026-12-01T10:00:00.123456789+0700\"}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("sendAt"));
            Assert.That(error.Problem, Does.Contain("has 9 digits after the seconds; a date-time keeps at most 7"));
        });
    }

    [Test]
    public void The_converter_lets_newtonsoft_read_and_write_model_types()
    {
        var serializer = Newtonsoft.Json.JsonSerializer.Create(FlexJson.CreateSerializerSettings());
        var bubble = TestData.EveryBubbleProperty();

        using var writer = new StringWriter();
        serializer.Serialize(writer, bubble);
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(writer.ToString()));
        var read = serializer.Deserialize<FlexBubble>(reader);

        Assert.Multiple(() =>
        {
            Assert.That(writer.ToString(), Is.EqualTo(FlexJson.Serialize(bubble)));
            Assert.That(read, Is.EqualTo(bubble));
        });
    }

    [Test]
    public void Reading_a_box_of_many_rows_asks_the_reader_for_its_path_only_for_the_box_itself()
    {
        const int rows = 50;
        const string row = """{"type":"BOX","layout":"HORIZONTAL","contents":[{"type":"TEXT","text":"Item"},{"type":"TEXT","text":"1.00","action":{"type":"URI","uri":"https://example.com"}}]}""";
        var json = $$"""{"type":"BOX","layout":"VERTICAL","contents":[{{string.Join(",", Enumerable.Repeat(row, rows))}}]}""";
        var serializer = Newtonsoft.Json.JsonSerializer.Create(FlexJson.CreateSerializerSettings());
        using var reader = new PathCountingReader(new StringReader(json));

        var box = serializer.Deserialize<FlexBox>(reader);

        // A path is spelt for an error; the rows and their texts and actions spell theirs from the box's.
        Assert.Multiple(() =>
        {
            Assert.That(box!.Contents, Has.Count.EqualTo(rows));
            Assert.That(reader.PathReads, Is.LessThanOrEqualTo(2));
        });
    }

    [Test]
    public void A_document_read_after_one_refused_part_way_is_read_as_if_it_were_the_first()
    {
        static string Boxes(int depth) => depth == 0
            ? """{"type":"TEXT","text":"x"}"""
            : $$"""{"type":"BOX","layout":"VERTICAL","contents":[{{Boxes(depth - 1)}}]}""";
        const string misplaced = """{"type":"BOX","layout":"VERTICAL","contents":[{"type":"TEXT","text":"x","layout":"VERTICAL"}]}""";
        var first = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBox>(misplaced));

        Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBox>(Boxes(FlexLimits.MaxDepth + 1)));
        var again = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<FlexBox>(misplaced));
        var deepest = FlexJson.Deserialize<FlexBox>(Boxes(FlexLimits.MaxDepth));

        Assert.Multiple(() =>
        {
            Assert.That(again.Message, Is.EqualTo(first.Message));
            Assert.That(first.Path, Is.EqualTo("contents[0].layout"));
            Assert.That(deepest.Contents, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Utf8_bytes_are_the_text_encoded_without_a_byte_order_mark()
    {
        var request = TestData.EveryOptionRequest();

        var bytes = FlexJson.SerializeToUtf8Bytes(request);

        Assert.That(bytes, Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(FlexJson.Serialize(request))));
    }

    /// <summary>A reader that counts how often its path is asked for.</summary>
    private sealed class PathCountingReader(TextReader text) : Newtonsoft.Json.JsonTextReader(text)
    {
        public int PathReads { get; private set; }

        public override string Path
        {
            get
            {
                PathReads++;
                return base.Path;
            }
        }
    }
}
