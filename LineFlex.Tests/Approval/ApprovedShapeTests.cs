using LineFlex.Gallery;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Approval;

/// <summary>The approved shape of a template: found by probing, fixed parts and slots, a stable hash.</summary>
public class ApprovedShapeTests
{
    private static ApprovedShape Shape(IFlexTemplate template, string variant) =>
        ApprovedShape.Of(template).Single(s => s.Variant == variant);

    [Test]
    public void A_template_has_one_variant_per_language_named_after_its_first_sample()
    {
        var shapes = ApprovedShape.Of(new OrderConfirmation());

        Assert.That(shapes.Select(s => s.Variant), Is.EqualTo(new[] { "th", "ja", "en" }));
        Assert.That(new OrderConfirmation().SampleVariant("12-items"), Is.EqualTo("en"));
    }

    [Test]
    public void Model_strings_become_slots_and_per_language_texts_stay_fixed()
    {
        var shape = Shape(new ShipmentTracking(), "th");
        var content = JObject.Parse(shape.ToJson())["content"]!;

        Assert.Multiple(() =>
        {
            Assert.That(shape.Slots.Select(s => s.Property), Is.SupersetOf(new[] { "OrderNumber", "Carrier", "TrackingNumber", "EstimatedDelivery", "TrackingUrl" }));
            Assert.That((string?)content["altText"], Is.EqualTo("คำสั่งซื้อ {OrderNumber} จัดส่งแล้ว"));
            Assert.That((string?)content.SelectToken("contents.body.contents[0].text"), Is.EqualTo("จัดส่งสินค้าแล้ว"));
            Assert.That((string?)content.SelectToken("contents.body.contents[3].contents[0].text"), Is.EqualTo("เลขพัสดุ"));
            Assert.That((string?)content.SelectToken("contents.body.contents[3].contents[1].text"), Is.EqualTo("{TrackingNumber}"));
            Assert.That((string?)content.SelectToken("contents.body.contents[5].action.uri"), Is.EqualTo("{TrackingUrl}"));
        });
    }

    [Test]
    public void A_slot_records_the_declared_limit_less_the_fixed_text_and_what_the_samples_show()
    {
        var shape = Shape(new ShipmentTracking(), "en");
        var altText = shape.Slots.Single(s => s.Path == "content.altText");
        var tracking = shape.Slots.Single(s => s.Property == "TrackingNumber");

        Assert.Multiple(() =>
        {
            Assert.That(altText.MaxLength, Is.EqualTo(FlexTextLimits.AltText - "Order  has shipped".Length));
            Assert.That(tracking.MaxLength, Is.Null);
            Assert.That(tracking.LongestSeen, Is.EqualTo("1Z999AA10123456784".Length));
            Assert.That(tracking.CharactersSeen, Is.EqualTo("[0-9A-Z]"));
            Assert.That(tracking.Examples, Is.EqualTo(new[] { "1Z999AA10123456784" }));
        });
    }

    [Test]
    public void Numbers_formatted_into_a_text_become_a_slot_inside_the_fixed_text()
    {
        var content = JObject.Parse(Shape(new PointsEarned(), "en").ToJson())["content"]!;

        Assert.That((string?)content.SelectToken("contents.body.contents[1].text"), Is.EqualTo("+{Earned}"));
        Assert.That((string?)content["altText"], Is.EqualTo("You earned {Earned} points. Balance {Balance}"));
    }

    [Test]
    public void A_list_makes_one_repeated_row_and_a_nullable_value_an_optional_row()
    {
        var json = Shape(new OrderConfirmation(), "th").ToJson();
        var rows = (JArray)JObject.Parse(json)["content"]!.SelectToken("contents.body.contents")!;

        var line = rows.Single(r => r.ToString().Contains("{Lines[].Name} x{Lines[].Quantity}", StringComparison.Ordinal));
        var discount = rows.Single(r => r.ToString().Contains("ส่วนลด", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That((string?)line["$occurs"], Is.EqualTo("any"));
            Assert.That((string?)discount["$occurs"], Is.EqualTo("optional"));
            Assert.That(rows.Any(r => r.ToString().Contains("และอีก {", StringComparison.Ordinal)), Is.True, "the \"+N more\" line of a long list");
        });
    }

    [Test]
    public void A_template_that_cannot_take_probe_values_says_which_sample_and_what_to_change()
    {
        Assert.That(() => ApprovedShape.Of(new ParsingNotice()),
            Throws.InvalidOperationException.With.Message.StartsWith("Template \"parsing\" cannot be built from sample \"en\" with probe values")
                .And.Message.Contains("FormatException").And.Message.Contains("typed properties"));
    }

    [Test]
    public void A_model_that_is_itself_a_string_is_one_slot_named_model()
    {
        var shape = ApprovedShape.Of(new ConformanceTests.FixedLinkNotice()).Single();

        Assert.That(shape.Variant, Is.EqualTo("default"));
        Assert.That(shape.Slots.Select(s => (s.Path, s.Property)), Is.EqualTo(new[] { ("content.altText", "Model"), ("content.contents.body.contents[1].text", "Model") }));
    }

    [Test]
    public void The_file_reads_back_to_the_same_shape_and_hash()
    {
        var shape = Shape(new OrderConfirmation(), "en");

        var read = ApprovedShape.Parse(shape.ToJson(), "en.approved.json");

        Assert.That(read.ToJson(), Is.EqualTo(shape.ToJson()));
        Assert.That(read.Hash, Does.StartWith("sha256:").And.Length.EqualTo(7 + 64));
    }

    [Test]
    public void A_hand_edited_file_is_refused_naming_it()
    {
        var json = Shape(new ShipmentTracking(), "th").ToJson().Replace("จัดส่งสินค้าแล้ว", "Shipped", StringComparison.Ordinal);

        Assert.That(() => ApprovedShape.Parse(json, "approvals/shipment-tracking/th.approved.json"),
            Throws.TypeOf<FormatException>().With.Message.StartsWith("approvals/shipment-tracking/th.approved.json: its hash"));
    }

    /// <summary>A template that parses a model string: it cannot be probed.</summary>
    internal sealed class ParsingNotice : FlexTemplate<string>
    {
        /// <inheritdoc/>
        public override string Name => "parsing";

        /// <inheritdoc/>
        public override string Description => "Parses its model.";

        /// <inheritdoc/>
        public override IEnumerable<FlexSample<string>> Samples => [new("en", "42")];

        /// <inheritdoc/>
        protected override void Compose(MessageBuilder message, string count) =>
            message.AltText("Count").Bubble(b => b.Body(body => body.Text((int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
