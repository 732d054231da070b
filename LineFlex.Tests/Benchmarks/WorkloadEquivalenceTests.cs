using LineFlex.Benchmarks;
using LineFlex.Benchmarks.Baselines;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace LineFlex.Tests.Benchmarks;

/// <summary>Each benchmark's LineFlex code and every baseline do the same work, so a ratio never compares different work.</summary>
public class WorkloadEquivalenceTests
{
    [Test]
    public void Every_serializer_writes_the_same_bytes()
    {
        var serialize = new SerializeBenchmarks();
        serialize.Setup();
        var expected = serialize.HandWritten();

        Assert.Multiple(() =>
        {
            Assert.That(serialize.LineFlex(), Is.EqualTo(expected));
            Assert.That(serialize.AnonymousObjects(), Is.EqualTo(expected));
            Assert.That(serialize.JObjectTree(), Is.EqualTo(expected));
            Assert.That(new BuildAndSerializeBenchmarks().LineFlex(), Is.EqualTo(expected));
            Assert.That(new BuildAndSerializeBenchmarks().AnonymousObjects(), Is.EqualTo(expected));
        });
    }

    [TestCase(1)]
    [TestCase(10)]
    [TestCase(100)]
    [TestCase(1000)]
    public void Every_contender_of_the_rows_workload_writes_the_same_bytes(int rows)
    {
        var scaling = new ScalingBenchmarks { Rows = rows };
        scaling.Setup();
        var expected = scaling.HandWritten();

        Assert.Multiple(() =>
        {
            Assert.That(scaling.BuildAndSerialize(), Is.EqualTo(expected));
            Assert.That(scaling.Serialize(), Is.EqualTo(expected));
            Assert.That(scaling.Anonymous(), Is.EqualTo(expected));
            Assert.That(scaling.MutableClasses(), Is.EqualTo(expected));
            // A thousand rows pass the 30 KB limit of a bubble (LF507), and nothing else.
            Assert.That(scaling.Validate().Errors.Select(f => f.Code), rows < 1000 ? Is.Empty : Is.EqualTo(new[] { "LF507" }));
            Assert.That(scaling.Parse(), Is.EqualTo(Workloads.Rows(rows)));
            Assert.That(JToken.DeepEquals(scaling.JObjectParse(), TestData.ParseToken(expected)), Is.True);
        });
    }

    [TestCase(1)]
    [TestCase(10)]
    [TestCase(100)]
    [TestCase(1000)]
    public void Every_contender_at_the_wire_floor_writes_and_reads_the_same_bytes(int rows)
    {
        var floor = new WireFloorBenchmarks { Rows = rows };
        floor.Setup();
        var expected = System.Text.Encoding.UTF8.GetBytes(RowsBaselines.HandWritten(rows));

        Assert.Multiple(() =>
        {
            Assert.That(floor.Utf8Writer(), Is.EqualTo(expected));
            Assert.That(floor.SerializeToUtf8(), Is.EqualTo(expected));
            Assert.That(floor.BuildAndSerializeToUtf8(), Is.EqualTo(expected));
            Assert.That(floor.RecordsAndSerializeToUtf8(), Is.EqualTo(expected));
            Assert.That(Workloads.RowsFromRecords(rows), Is.EqualTo(Workloads.Rows(rows)));
            Assert.That(floor.Serialize(), Is.EqualTo(RowsBaselines.HandWritten(rows)));
            Assert.That(floor.JsonDocumentParse(), Is.EqualTo(1));
            Assert.That(floor.ParseUtf8(), Is.EqualTo(Workloads.Rows(rows)));
            Assert.That(floor.ParseString(), Is.EqualTo(Workloads.Rows(rows)));
        });
    }

    [TestCase(10)]
    [TestCase(100)]
    [TestCase(1000)]
    public void Every_per_row_contender_handles_the_same_thousand_rows(int rows)
    {
        var perRow = new PerRowBenchmarks { Rows = rows };
        perRow.Setup();
        var expected = string.Concat(Enumerable.Repeat(RowsBaselines.HandWritten(rows), 1000 / rows));

        Assert.Multiple(() =>
        {
            Assert.That(perRow.Requests * rows, Is.EqualTo(1000));
            Assert.That(Written(perRow, p => p.HandWritten()), Is.EqualTo(expected));
            Assert.That(Written(perRow, p => p.BuildAndSerialize()), Is.EqualTo(expected));
            Assert.That(Written(perRow, p => p.Serialize()), Is.EqualTo(expected));
            Assert.That(perRow.Build(), Is.EqualTo(Workloads.Rows(rows)));
            Assert.That(perRow.Parse(), Is.EqualTo(Workloads.Rows(rows)));

            // 1,000 rows make a bubble over LINE's 30 KB: the one finding is that rule's, once per call.
            Assert.That(perRow.Validate(), Is.EqualTo(rows == 1000 ? 1 : 0));
        });
    }

    private static string Written(PerRowBenchmarks perRow, Action<PerRowBenchmarks> run)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        perRow.Output = output;
        run(perRow);
        perRow.Output = TextWriter.Null;
        return output.ToString();
    }

    [Test]
    public void The_hand_written_floor_is_the_seed_request_of_the_reference()
    {
        var floor = TestData.ParseToken(HandWrittenSeedWriter.Serialize());

        Assert.That(JToken.DeepEquals(floor, TestData.ParseToken(TestData.SeedRequestJson)), Is.True);
    }

    [Test]
    public void Every_parser_reads_the_same_request()
    {
        var parse = new ParseBenchmarks();
        var expected = TestData.ParseToken(Workloads.SeedJson);
        var camelCase = new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
        };

        Assert.Multiple(() =>
        {
            Assert.That(JToken.DeepEquals(parse.JObjectParse(), expected), Is.True);
            Assert.That(parse.LineFlex(), Is.EqualTo(Workloads.SeedRequest()));
            Assert.That(JToken.DeepEquals(JToken.Parse(JsonConvert.SerializeObject(parse.PlainClasses(), camelCase)), expected), Is.True);
        });
    }

    [Test]
    public void Validation_works_on_the_request_it_is_compared_with()
    {
        var validate = new ValidateBenchmarks();
        validate.Setup();

        Assert.Multiple(() =>
        {
            Assert.That(validate.Validate().Findings, Is.Empty, "the seed request is in LON's shape");
            Assert.That(validate.Serialize(), Is.EqualTo(Workloads.SeedJson));
        });
    }

    [Test]
    public void The_preview_workload_renders_the_seed_bubble_it_is_compared_with()
    {
        var preview = new PreviewBenchmarks();
        preview.Setup();

        Assert.Multiple(() =>
        {
            Assert.That(preview.Preview(), Does.Contain("data-path=\"body.contents[0].contents[0]\"").And.Not.Contain("lf-invalid\""));
            Assert.That(preview.Serialize(), Is.EqualTo(FlexJson.Serialize(LineFlex.Cli.Demo.PurchaseComplete.Bubble())));
        });
    }

    [TestCase(1)]
    [TestCase(10)]
    public void Scaling_rows_hold_two_texts_each_and_round_trip(int rows)
    {
        var scaling = new ScalingBenchmarks { Rows = rows };
        scaling.Setup();

        Assert.Multiple(() =>
        {
            Assert.That(Workloads.Rows(rows).Messages![0].Content!.Contents!.Body!.Contents, Has.Count.EqualTo(rows));
            Assert.That(scaling.Parse(), Is.EqualTo(Workloads.Rows(rows)));
            Assert.That(scaling.Validate().Errors, Is.Empty);
        });
    }

    [Test]
    public void The_template_path_renders_a_ten_row_bubble_that_is_valid_approved_and_written_as_its_bytes()
    {
        var template = new TemplateBenchmarks();
        template.Setup();
        var request = template.Render();

        Assert.Multiple(() =>
        {
            Assert.That(request.Messages![0].Content!.Contents!.Body!.Contents!.Count(c => c is FlexBox { Layout: BoxLayout.Horizontal }), Is.EqualTo(10));
            Assert.That(template.Validate().Findings, Is.Empty);
            Assert.That(template.ApprovalCheck().Conforms, Is.True);
            Assert.That(template.Approvals.Check(new LineFlex.Gallery.OrderConfirmation().BuildSample("ja")).Conforms, Is.True, "the approvals hold every variant");
            Assert.That(template.FullPath(), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(FlexJson.Serialize(request))));
            Assert.That(template.SerializeToUtf8(), Is.EqualTo(template.FullPath()));
        });
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task Sending_posts_the_same_bytes_and_gets_the_same_answer(int messages)
    {
        var send = new SendBenchmarks { Messages = messages };
        await send.Setup();
        try
        {
            var raw = JsonConvert.DeserializeObject<JObject>(await send.RawHttpClient())!;
            var lineFlex = await send.LineFlex();

            Assert.Multiple(() =>
            {
                Assert.That(raw["messages"]!.Select(m => (string?)m["messageId"]), Is.EqualTo(lineFlex.Messages.Select(m => m.MessageId)));
                Assert.That(lineFlex.Messages, Has.Count.EqualTo(messages));
            });
        }
        finally
        {
            await send.Cleanup();
        }
    }

    [Test]
    public async Task Bulk_sends_every_message_either_way()
    {
        var bulk = new BulkBenchmarks();
        await bulk.Setup();
        try
        {
            Assert.Multiple(async () =>
            {
                Assert.That(await bulk.RawHttpClient(), Is.EqualTo(BulkBenchmarks.Messages));
                Assert.That(await bulk.LineFlex(), Is.EqualTo(BulkBenchmarks.Messages));
            });
        }
        finally
        {
            await bulk.Cleanup();
        }
    }
}
