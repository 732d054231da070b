using FluentValidation.TestHelper;
using LineFlex.Gallery;
using LineFlex.Testing;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Approval;

/// <summary>A message against the approved shapes: what conforms, and every difference by wire path with its code.</summary>
public class ConformanceTests
{
    private static readonly Lazy<ApprovedTemplates> Gallery = new(() =>
        new ApprovedTemplates(FlexTemplateRegistry.FromAssembly(typeof(Brand).Assembly).Templates.SelectMany(ApprovedShape.Of)));

    private static IEnumerable<FlexTemplateCase> Cases() => FlexTemplateCase.All(typeof(Brand).Assembly);

    [TestCaseSource(nameof(Cases))]
    public void Every_gallery_sample_conforms_to_its_own_approval(FlexTemplateCase sample)
    {
        var result = Gallery.Value.Check(sample.Build());

        Assert.That(result.Differences, Is.Empty);
        Assert.That(result.Approval?.Template, Is.EqualTo(sample.Template.Name));
    }

    [Test]
    public void A_message_built_from_a_template_knows_its_template_and_variant_and_its_wire_json_is_unchanged()
    {
        var template = new ShipmentTracking();
        var model = template.Sample("ja").Model;

        var message = Flex.Message().Sender("acc").To("66812345678").Template(template, model).Build();
        var read = FlexJson.Deserialize<LineMessage>(FlexJson.Serialize(message));

        Assert.Multiple(() =>
        {
            Assert.That(message.Origin, Is.EqualTo(new FlexTemplateOrigin("shipment-tracking", "ja")));
            Assert.That(template.Build(model).Origin, Is.EqualTo(new FlexTemplateOrigin("shipment-tracking", "ja")));
            Assert.That(read.Origin, Is.Null);
            Assert.That(read, Is.EqualTo(message));
            Assert.That(FlexJson.Serialize(read), Is.EqualTo(FlexJson.Serialize(message)));
        });
    }

    [Test]
    public void A_changed_slot_value_still_conforms()
    {
        var result = Gallery.Value.Check(Edited(m => m.SelectToken(TrackingNumberText)!.Replace("ANOTHER-NUMBER-42")));

        Assert.That(result.Conforms, Is.True, string.Join("\n", result.Differences));
        Assert.That(result.Approval?.ToString(), Does.StartWith("shipment-tracking/th "));
    }

    [Test]
    public void A_changed_title_is_a_fixed_text_change_at_its_path()
    {
        var result = Gallery.Value.Check(Edited(m => m.SelectToken("content.contents.body.contents[0].text")!.Replace("Shipped!")));

        Assert.That(result.Differences, Has.One.Matches<ConformanceDifference>(d =>
            d.Code == ApprovalCodes.FixedTextChanged && d.Path == "content.contents.body.contents[0].text"));
        Assert.That(result.Differences, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_text_appended_to_the_body_is_an_added_component_at_its_path()
    {
        var result = Gallery.Value.Check(Edited(m => ((JArray)m.SelectToken("content.contents.body.contents")!).Add(new JObject { ["type"] = "TEXT", ["text"] = "Thanks!" })));

        Assert.That(result.Differences, Is.EqualTo(new[]
        {
            new ConformanceDifference(ApprovalCodes.ComponentAdded, "content.contents.body.contents[6]", "TEXT \"Thanks!\" is not in the approved template."),
        }));
    }

    [Test]
    public void A_removed_footer_is_a_removed_component_at_its_path()
    {
        var result = Gallery.Value.Check(Edited(m => ((JObject)m.SelectToken("content.contents")!).Remove("footer")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.ComponentRemoved, "content.contents.footer") }));
    }

    [Test]
    public void A_changed_body_text_colour_is_a_style_change_at_its_path()
    {
        var result = Gallery.Value.Check(Edited(m => m.SelectToken("content.contents.body.contents[1].contents[0].color")!.Replace("#FF0000")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.StyleChanged, "content.contents.body.contents[1].contents[0].color") }));
    }

    [Test]
    public void A_changed_fixed_button_uri_is_a_button_uri_change()
    {
        var approvals = new ApprovedTemplates(ApprovedShape.Of(new FixedLinkNotice()));
        var message = new FixedLinkNotice().BuildSample("en");
        var json = JObject.Parse(FlexJson.Serialize(message));
        json.SelectToken("content.contents.footer.contents[0].action.uri")!.Replace("https://example.com/elsewhere");

        var result = approvals.Check(FlexJson.Deserialize<LineMessage>(json.ToString()));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.ButtonUriChanged, "content.contents.footer.contents[0].action.uri") }));
    }

    [Test]
    public void A_slot_value_over_the_declared_limit_is_over_its_constraint()
    {
        var result = Gallery.Value.Check(Edited(m => m["content"]!["altText"] = "คำสั่งซื้อ " + new string('9', 390) + " จัดส่งแล้ว"));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.SlotOverConstraint, "content.altText") }));
    }

    [Test]
    public void A_message_of_a_template_without_an_approval_of_its_variant_says_so()
    {
        var approvals = new ApprovedTemplates(ApprovedShape.Of(new ShipmentTracking()).Where(s => s.Variant != "ja"));

        var result = approvals.Check(new ShipmentTracking().BuildSample("ja"));

        Assert.That(result.Approval, Is.Null);
        Assert.That(result.Differences.Single().Code, Is.EqualTo(ApprovalCodes.NoApproval));
        Assert.That(result.Differences.Single().Message, Does.Contain("shipment-tracking/ja").And.Contain("lineflex approval"));
    }

    [Test]
    public void The_validator_reports_each_difference_with_its_code_at_its_wire_path()
    {
        var validator = new ApprovedTemplateValidator(Gallery.Value);

        var result = validator.TestValidate(Edited(m => m.SelectToken("content.contents.body.contents[0].text")!.Replace("Shipped!")));

        result.ShouldHaveValidationErrorFor("content.contents.body.contents[0].text").WithErrorCode(ApprovalCodes.FixedTextChanged);
        Assert.That(validator.Validate(new ShipmentTracking().BuildSample("th")).IsValid, Is.True);
    }

    [Test]
    public void Loading_approvals_from_a_missing_folder_says_how_to_write_them()
    {
        Assert.That(() => ApprovedTemplates.Load(Path.Combine(Path.GetTempPath(), "lineflex-no-such-approvals")),
            Throws.TypeOf<DirectoryNotFoundException>().With.Message.Contains("lineflex approval"));
    }

    private const string TrackingNumberText = "content.contents.body.contents[3].contents[1].text";

    // The Thai shipment-tracking sample read from JSON (so without its origin: the closest approval is found), edited.
    private static LineMessage Edited(Action<JObject> edit)
    {
        var json = JObject.Parse(FlexJson.Serialize(FlexSampleMessages.Message(new ShipmentTracking(), "th")));
        edit(json);
        return FlexJson.Deserialize<LineMessage>(json.ToString());
    }

    /// <summary>A notice whose button opens a fixed page.</summary>
    internal sealed class FixedLinkNotice : FlexTemplate<string>
    {
        /// <inheritdoc/>
        public override string Name => "fixed-link";

        /// <inheritdoc/>
        public override string Description => "A notice with a fixed link.";

        /// <inheritdoc/>
        public override IEnumerable<FlexSample<string>> Samples => [new("en", "A-1")];

        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, string number) =>
            message.AltText("Notice " + number).Bubble(b => b
                .Body(body => body.Text("Registration complete").Text(number))
                .Footer(f => f.Button(Flex.Uri("Details", "https://example.com/help"))));
    }
}
