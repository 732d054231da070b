using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Interop;

/// <summary>
/// Writing Infobip's model in LINE's dialect, held to LINE's published schema (Samples/Line/line-messaging-openapi-flex.json):
/// what LINE requires is written, what LINE's types lack is left out with a finding, what LINE would refuse is an error.
/// </summary>
[TestFixture]
public sealed class LineExportTests
{
    private static readonly JObject Schemas = (JObject)JObject.Parse(
        File.ReadAllText(TestData.SamplePath(Path.Combine("Line", "line-messaging-openapi-flex.json"))))["components"]!["schemas"]!;

    private static FlexBubble Bubble(params FlexComponent[] body) =>
        new() { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = ValueList.Create(body) } };

    private static PostbackAction Postback(string data, AltUri? altUri = null) => new() { Label = "Yes", Data = data, AltUri = altUri };

    private static int LineMaxLength(string schema, string property) =>
        (int)Schemas[schema]!["allOf"]!.Children<JObject>().Select(part => part["properties"]?[property]?["maxLength"]).OfType<JToken>().Single();

    [Test]
    public void A_box_without_contents_is_written_with_the_empty_contents_LINE_requires()
    {
        Assume.That(Schemas["FlexBox"]!["required"]!.Values<string>(), Does.Contain("contents"));
        var bubble = Bubble(new FlexBox { Layout = BoxLayout.Horizontal }, Flex.Text("Hi"));

        var export = LineDialect.ExportWithFindings(bubble);

        var box = (JObject)JObject.Parse(export.Json)["body"]!["contents"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(box.Properties().Select(p => p.Name), Is.EqualTo(new[] { "type", "layout", "contents" }));
            Assert.That(box["contents"], Is.InstanceOf<JArray>().And.Empty);
            Assert.That(export.Findings, Is.Empty);
        });
    }

    [Test]
    public void Postback_data_over_LINE_s_limit_is_an_error_at_its_path_and_the_plain_export_refuses_it()
    {
        var limit = LineMaxLength("PostbackAction", "data");
        var bubble = Bubble(Flex.Text("Hi") with { Action = Postback(new string('a', limit + 1)) });

        var export = LineDialect.ExportWithFindings(bubble);

        var finding = export.Findings.Single();
        var refused = Assert.Throws<ArgumentException>(() => LineDialect.Export(bubble))!;
        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("LF807"));
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(finding.Path, Is.EqualTo("body.contents[0].action.data"));
            Assert.That(finding.Message, Does.Contain($"{limit + 1} characters").And.Contain($"at most {limit}"));
            Assert.That(export.HasErrors, Is.True);
            Assert.That(refused.Message, Does.Contain("LF807").And.Contain("body.contents[0].action.data"));
        });
    }

    [Test]
    public void Postback_data_at_LINE_s_limit_exports_without_a_finding()
    {
        var bubble = Bubble(Flex.Text("Hi") with { Action = Postback(new string('a', LineMaxLength("PostbackAction", "data"))) });

        Assert.That(LineDialect.ExportWithFindings(bubble).Findings, Is.Empty);
    }

    [Test]
    public void A_postback_alt_uri_is_left_out_with_a_finding_at_its_path()
    {
        Assume.That(SchemaProperties("PostbackAction"), Does.Not.Contain("altUri"));
        var bubble = Bubble(Flex.Text("Hi") with { Action = Postback("answer=yes", new AltUri { Desktop = "https://example.com/desktop" }) });

        var export = LineDialect.ExportWithFindings(bubble);

        var finding = export.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(JObject.Parse(export.Json)["body"]!["contents"]![0]!["action"]!.Value<JObject>()!.Properties().Select(p => p.Name), Is.EqualTo(new[] { "type", "label", "data" }));
            Assert.That(finding.Code, Is.EqualTo("LF808"));
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
            Assert.That(finding.Path, Is.EqualTo("body.contents[0].action.altUri"));
            Assert.That(finding.Message, Does.Contain("left out"));
        });
    }

    [Test]
    public void A_uri_action_keeps_its_alt_uri_which_LINE_has()
    {
        var bubble = Bubble(Flex.Text("Hi") with { Action = new UriAction { Label = "Open", Uri = "https://example.com", AltUri = new AltUri { Desktop = "https://example.com/desktop" } } });

        var export = LineDialect.ExportWithFindings(bubble);

        Assert.Multiple(() =>
        {
            Assert.That(JObject.Parse(export.Json)["body"]!["contents"]![0]!["action"]!["altUri"]!["desktop"]!.ToString(), Is.EqualTo("https://example.com/desktop"));
            Assert.That(export.Findings, Is.Empty);
        });
    }

    [Test]
    public void The_Infobip_only_parts_of_a_request_are_each_noted_as_not_exported()
    {
        var request = TestData.EveryOptionRequest() with { Messages = [TestData.EveryOptionRequest().Messages![0]] };
        var wire = JObject.Parse(FlexJson.Serialize(request));
        var expected = ((JObject)wire["messages"]![0]!).Properties().Where(p => p.Name != "content").Select(p => "messages[0]." + p.Name)
            .Concat(wire.Properties().Where(p => p.Name != "messages").Select(p => p.Name));
        Assume.That(expected, Does.Contain("messages[0].sender").And.Contain("messages[0].destinations").And.Contain("messages[0].options").And.Contain("options"));

        var export = LineDialect.ExportWithFindings(request);

        Assert.Multiple(() =>
        {
            Assert.That(export.Findings.Select(f => f.Path), Is.EquivalentTo(expected));
            Assert.That(export.Findings.Select(f => (f.Code, f.Severity)).Distinct(), Is.EqualTo(new[] { ("LF809", FindingSeverity.Warning) }));
            Assert.That(export.Findings.Single(f => f.Path == "messages[0].sender").Message, Does.Contain("not exported"));
            Assert.That(JObject.Parse(export.Json).Properties().Select(p => p.Name), Is.EqualTo(new[] { "type", "altText", "contents" }));
        });
    }

    [Test]
    public void A_content_exports_with_no_note()
    {
        var content = new LineNotificationContent { AltText = "Hi", Contents = Bubble(Flex.Text("Hi")) };

        Assert.That(LineDialect.ExportWithFindings(content).Findings, Is.Empty);
    }

    private static IEnumerable<string> SchemaProperties(string schema) =>
        LineSchemaDiffTests.LineProperties(schema).Select(p => p.Name);
}
