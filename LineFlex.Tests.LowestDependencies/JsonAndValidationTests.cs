using Newtonsoft.Json;

namespace LineFlex.Tests.LowestDependencies;

/// <summary>The core package on its floors of Newtonsoft.Json and FluentValidation: reading, writing and the rule set.</summary>
public class JsonAndValidationTests
{
    private static string SeedJson => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seed-request.json"));

    [Test]
    public void A_request_reads_writes_and_reads_again_to_an_equal_tree()
    {
        var request = FlexJson.Deserialize<LineRequest>(SeedJson);
        var json = FlexJson.Serialize(request, indented: true);

        Assert.Multiple(() =>
        {
            Assert.That(FlexJson.Deserialize<LineRequest>(json), Is.EqualTo(request));
            Assert.That(FlexJson.Serialize(FlexJson.Deserialize<LineRequest>(json), indented: true), Is.EqualTo(json));
        });
    }

    [Test]
    public void Newtonsofts_own_serializer_writes_the_wire_json_through_the_converter()
    {
        var request = FlexJson.Deserialize<LineRequest>(SeedJson);

        Assert.That(JsonConvert.SerializeObject(request, FlexJson.CreateSerializerSettings()), Is.EqualTo(FlexJson.Serialize(request)));
    }

    [Test]
    public void Bad_json_is_refused_at_its_path_line_and_position()
    {
        var error = Assert.Throws<FlexJsonException>(() => FlexJson.Deserialize<LineRequest>("{\"messages\":[{\"sender\":1}]}"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("messages[0].sender"));
            Assert.That(error.LineNumber, Is.EqualTo(1));
        });
    }

    [Test]
    public void The_rule_set_reports_a_finding_at_its_wire_path()
    {
        var request = FlexJson.Deserialize<LineRequest>(SeedJson);
        var message = request.Messages![0];
        var tooLong = request with { Messages = [message with { Content = message.Content! with { AltText = new string('x', 401) } }] };

        var report = new FlexValidator().Validate(tooLong);

        Assert.Multiple(() =>
        {
            Assert.That(FlexValidator.Default.Validate(request).IsValid, Is.True);
            Assert.That(report.Findings.Select(f => (f.Code, f.Path)), Does.Contain(("LF201", "messages[0].content.altText")));
            Assert.That(() => FlexValidator.Default.EnsureValid(tooLong), Throws.TypeOf<FlexValidationException>());
        });
    }
}
