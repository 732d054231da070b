using LineFlex.Benchmarks;
using LineFlex.Gallery;
using Newtonsoft.Json.Linq;

namespace LineFlex.Tests.Approval;

/// <summary>
/// The check of a conforming message answers without spelling differences; these are the messages where that
/// shortcut could go wrong. Each is checked both ways: the public check, and the full comparison of the message's
/// JSON tree, which must agree on the approval and on every difference.
/// </summary>
public class ConformingMessageTests
{
    private static readonly OrderConfirmation Template = new();

    private static readonly ApprovedTemplates Approvals = new(ApprovedShape.Of(Template));

    // The benchmark's order (eight items, no discount): a body of the title, an order row, a separator, eight item rows, a separator, the total's row and a button.
    private static readonly Order EightItems = TemplateBenchmarks.Model;

    private const string Body = "content.contents.body.contents";

    [Test]
    public void The_shapes_are_in_the_order_of_the_samples_languages()
    {
        Assert.That(Approvals.Shapes.Select(s => s.Variant), Is.EqualTo(new[] { "th", "ja", "en" }));
    }

    [Test]
    public void A_message_of_its_own_variant_conforms()
    {
        var result = CheckedBothWays(Template.Build(EightItems));

        Assert.That(result.Conforms, Is.True, string.Join("\n", result.Differences));
        Assert.That(result.Approval?.Variant, Is.EqualTo("en"));
    }

    [Test]
    public void A_message_read_from_json_conforms_to_a_later_variant_than_the_first()
    {
        var japanese = EightItems with { Language = Language.Japanese };

        var result = CheckedBothWays(Edited(japanese, _ => { }, origin: null));

        Assert.That(result.Conforms, Is.True, string.Join("\n", result.Differences));
        Assert.That(result.Approval?.Variant, Is.EqualTo("ja"));
    }

    [TestCase("th")]
    [TestCase("ja")]
    [TestCase("en")]
    [TestCase("12-items")]
    public void A_conforming_sample_is_accepted_without_spelling_a_difference(string sample)
    {
        var message = Template.BuildSample(sample);

        var accepted = AcceptedWithoutSpelling(Approvals.Find(message.Origin!.Template, message.Origin.Variant)!, message);

        Assert.That(accepted, Is.True);
    }

    [Test]
    public void A_message_of_another_variant_is_not_accepted_without_spelling_its_differences()
    {
        var accepted = AcceptedWithoutSpelling(Approvals.Find("order-confirmation", "ja")!, Template.Build(EightItems));

        Assert.That(accepted, Is.False);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_message_differing_only_in_its_last_row_is_a_fixed_text_change_there(bool withOrigin)
    {
        var path = $"{Body}[12].contents[0].text";

        var result = CheckedBothWays(Edited(EightItems, m => m.SelectToken(path)!.Replace("Sum"), withOrigin ? new("order-confirmation", "en") : null));

        Assert.That(result.Approval?.Variant, Is.EqualTo("en"));
        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.FixedTextChanged, path) }));
    }

    [Test]
    public void A_last_row_differing_only_in_a_style_is_a_style_change_there()
    {
        var path = $"{Body}[12].contents[1].align";

        var result = CheckedBothWays(Edited(EightItems, m => m.SelectToken(path)!.Replace("START"), new("order-confirmation", "en")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.StyleChanged, path) }));
    }

    [Test]
    public void A_last_repeated_row_differing_only_in_a_style_is_one_row_not_in_the_approval()
    {
        // The repeated item row takes the seven others; the eighth, one style off, is explained as well by one added row.
        var result = CheckedBothWays(Edited(EightItems, m => m.SelectToken($"{Body}[10].contents[1].align")!.Replace("START"), new("order-confirmation", "en")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.ComponentAdded, $"{Body}[10]") }));
    }

    [Test]
    public void A_slot_value_over_its_limit_in_a_pattern_of_two_slots_is_over_its_constraint()
    {
        // Alt text "Order {OrderNumber} confirmed. Total {Total}": 400 characters at most, less its fixed ones.
        var result = CheckedBothWays(Edited(EightItems, m => m["content"]!["altText"] = "Order US-10295 confirmed. Total " + new string('9', 380), new("order-confirmation", "en")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.SlotOverConstraint, "content.altText") }));
    }

    [Test]
    public void A_slot_value_that_reads_as_a_date_is_judged_as_the_full_comparison_judges_it()
    {
        CheckedBothWays(Template.Build(EightItems with { OrderNumber = "2026-12-07T10:00:00" }));
    }

    [TestCase("US-\uD800-10295", TestName = "A slot value holding a lone surrogate is judged as the full comparison judges it")]
    [TestCase("US-\"10\\295\n\u2028", TestName = "A slot value holding characters the JSON escapes is judged as the full comparison judges it")]
    public void A_slot_value_is_judged_on_the_models_own_text(string orderNumber)
    {
        var result = CheckedBothWays(Template.Build(EightItems with { OrderNumber = orderNumber }));

        Assert.That(result.Conforms, Is.True, string.Join("\n", result.Differences));
    }

    [TestCase("[12].contents[0].flex", 2)]
    [TestCase("[12].contents[1].wrap", false)]
    public void A_number_or_flag_differing_from_the_approval_is_a_style_change_there(string where, object value)
    {
        var path = Body + where;

        var result = CheckedBothWays(Edited(EightItems, m => m.SelectToken(path)!.Replace(new JValue(value)), new("order-confirmation", "en")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.StyleChanged, path) }));
    }

    [Test]
    public void A_property_the_approval_does_not_have_is_a_style_change_there()
    {
        var path = $"{Body}[12].contents[1].color";

        var result = CheckedBothWays(Edited(EightItems, m => ((JObject)m.SelectToken($"{Body}[12].contents[1]")!)["color"] = "#FF0000", new("order-confirmation", "en")));

        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(new[] { (ApprovalCodes.StyleChanged, path) }));
    }

    [Test]
    public void An_approval_listing_a_fixed_parts_properties_in_another_order_still_accepts_a_conforming_message()
    {
        // The hash covers the properties sorted by name, so the file stays valid with LINE's header written backwards;
        // the writer still writes them in its own order, and a conforming message conforms.
        var file = JObject.Parse(Approvals.Find("order-confirmation", "en")!.ToJson());
        var header = (JObject)file.SelectToken("content.contents.header")!;
        header.Replace(new JObject(header.Properties().Reverse()));
        var reordered = new ApprovedTemplates([ApprovedShape.Parse(file.ToString(), "en.approved.json")]);
        var message = Template.Build(EightItems);

        var result = reordered.Check(message);

        Assert.That(result.Conforms, Is.True, string.Join("\n", result.Differences));
        Assert.That(AcceptedWithoutSpelling(reordered.Shapes[0], message), Is.True);
    }

    [TestCase("US-1", true)]
    [TestCase("US-10295", false)]
    public void A_slot_in_a_part_compared_token_by_token_is_held_to_its_limit(string orderNumber, bool conforms)
    {
        // The order's row stands once, so it is compared token by token; its slot keeps the limit the file gives it.
        var file = JObject.Parse(Approvals.Find("order-confirmation", "en")!.ToJson());
        var path = $"{Body}[1].contents[1].text";
        file["slots"]!.Single(slot => (string?)slot["path"] == path)!["maxLength"] = 5;
        var limited = new ApprovedTemplates([ApprovedShape.Parse(file.ToString(), "en.approved.json")]);
        var message = Template.Build(EightItems with { OrderNumber = orderNumber });

        var result = limited.Check(message);
        var full = limited.Check(JObject.Parse(FlexJson.Serialize(message))["content"], message.Origin, string.Empty);

        Assert.That(result.Differences, Is.EqualTo(full.Differences));
        Assert.That(result.Conforms, Is.EqualTo(conforms));
        Assert.That(AcceptedWithoutSpelling(limited.Shapes[0], message), Is.EqualTo(conforms));
        Assert.That(result.Differences.Select(d => (d.Code, d.Path)), Is.EqualTo(conforms ? [] : new[] { (ApprovalCodes.SlotOverConstraint, path) }));
    }

    [Test]
    public void A_message_without_content_is_judged_as_the_full_comparison_judges_it()
    {
        var result = CheckedBothWays(Template.Build(EightItems) with { Content = null });

        Assert.That(result.Conforms, Is.False);
    }

    [Test]
    public void A_message_the_writer_cannot_write_gets_the_serializers_error_naming_where()
    {
        var message = Template.Build(EightItems) with { Destinations = ValueList.From<LineDestination>([null!]) };
        var expected = Assert.Throws<ArgumentException>(() => FlexJson.Serialize(message))!.Message;

        Assert.That(() => Approvals.Check(message), Throws.ArgumentException.With.Message.EqualTo(expected));
        Assert.That(expected, Does.Contain("destinations[0]"));
    }

    [Test]
    public void One_placeholder_is_matched_without_collecting_its_value_and_within_its_limit()
    {
        var pattern = SlotPattern.Parse("Order {OrderNumber} shipped");

        Assert.Multiple(() =>
        {
            Assert.That(pattern.MatchesWithin("Order 12345 shipped", [5]), Is.True);
            Assert.That(pattern.MatchesWithin("Order 123456 shipped", [5]), Is.False);
            Assert.That(pattern.MatchesWithin("Order  shipped", [5]), Is.True);
            Assert.That(pattern.MatchesWithin("Order 1 shipped!", [5]), Is.False);
            Assert.That(pattern.MatchesWithin("Order shipped", [5]), Is.False);
            Assert.That(pattern.Match("Order 123456 shipped"), Is.EqualTo(new[] { "123456" }));
        });
    }

    [Test]
    public void Several_placeholders_are_each_held_to_their_own_limit()
    {
        var pattern = SlotPattern.Parse("{A}-{B}");

        Assert.Multiple(() =>
        {
            Assert.That(pattern.MatchesWithin("ab-cde", [2, 3]), Is.True);
            Assert.That(pattern.MatchesWithin("ab-cdef", [2, 3]), Is.False);
            Assert.That(pattern.MatchesWithin("abc-de", [2, 3]), Is.False);
            Assert.That(pattern.MatchesWithin("abcde", [9, 9]), Is.False);
            Assert.That(SlotPattern.Parse("{A} x{B}").MatchesWithin("Tea x2 x3", [3, 1]), Is.False, "B is \"2 x3\", as the expression reads it");
            Assert.That(SlotPattern.Parse("{A} x{B}").Match("Tea x2 x3"), Is.EqualTo(new[] { "Tea", "2 x3" }));
        });
    }

    [Test]
    public void A_fixed_text_standing_twice_is_left_to_the_expression()
    {
        var pattern = SlotPattern.Parse("{A}-{B}-");

        Assert.Multiple(() =>
        {
            Assert.That(pattern.MatchesWithin("a-b--", [9, 9]), Is.False);
            Assert.That(pattern.Match("a-b--"), Is.EqualTo(new[] { "a", "b-" }));
        });
    }

    // The yes-or-no answer of the shape compiled for conforming messages, on the tokens the writer writes for the message.
    private static bool AcceptedWithoutSpelling(ApprovedShape shape, LineMessage message)
    {
        var tokens = WireTokens.Rent();
        try
        {
            Assert.That(tokens.TryWrite(message), Is.True);
            Assert.That(tokens.TryGetProperty(0, "content", out var content), Is.True);
            return shape.Comparison.Conforms(tokens, content);
        }
        finally
        {
            WireTokens.Return(tokens);
        }
    }

    // The public check, asserted to agree with the full comparison of the message's JSON tree.
    private static ConformanceResult CheckedBothWays(LineMessage message)
    {
        var result = Approvals.Check(message);
        var full = Approvals.Check(JObject.Parse(FlexJson.Serialize(message))["content"], message.Origin, string.Empty);

        Assert.That(result.Approval, Is.SameAs(full.Approval));
        Assert.That(result.Differences, Is.EqualTo(full.Differences));
        return result;
    }

    // The message of the model read from JSON and edited, noted as built from origin when one is given.
    private static LineMessage Edited(Order model, Action<JObject> edit, FlexTemplateOrigin? origin)
    {
        var json = JObject.Parse(FlexJson.Serialize(Template.Build(model)));
        edit(json);
        var message = FlexJson.Deserialize<LineMessage>(json.ToString());
        return origin is null ? message : message.WithOrigin(origin);
    }
}
