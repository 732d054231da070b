namespace LineFlex.Tests.Values;

/// <summary>
/// Offsets may be negative, as LINE's own showcase writes them (<c>"offsetTop": "-2px"</c>); paddings, margins and
/// spacings may not.
/// </summary>
public class NegativeOffsetTests
{
    [TestCase("-2px")]
    [TestCase("-0.5px")]
    [TestCase("-10%")]
    [TestCase("2px")]
    [TestCase("md")]
    public void An_offset_accepts_negative_pixels_and_percentages(string literal) =>
        Assert.That(FlexOffset.Parse(literal).Value, Is.EqualTo(literal));

    [TestCase("--2px")]
    [TestCase("-px")]
    [TestCase("-")]
    [TestCase("- 2px")]
    [TestCase("+2px")]
    [TestCase("-md")]
    public void An_offset_rejects_a_malformed_sign(string literal)
    {
        var error = Assert.Throws<ArgumentException>(() => FlexOffset.Parse(literal))!;

        Assert.That(error.Message, Does.Contain("is not an offset").And.Contain("\"-2px\""));
    }

    [Test]
    public void Px_and_Percent_write_a_negative_offset() =>
        Assert.That((FlexOffset.Px(-2).Value, FlexOffset.Percent(-12.5m).Value), Is.EqualTo(("-2px", "-12.5%")));

    [Test]
    public void A_padding_still_rejects_a_negative_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => FlexInset.Parse("-2px"))!.Message, Does.Contain("\"-2px\" is not a padding"));
            Assert.That(() => FlexInset.Px(-2), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => FlexSpacing.Parse("-2px"), Throws.ArgumentException);
            Assert.That(() => Flex.Box(BoxLayout.Vertical, b => b.PaddingTop("-2px")), Throws.ArgumentException);
            Assert.That(() => Flex.Text("x", t => t.Margin("-2px")), Throws.ArgumentException);
        });
    }

    [Test]
    public void The_builder_takes_a_negative_offset() =>
        Assert.That(Flex.Text("Booking now", t => t.OffsetTop("-2px")).OffsetTop, Is.EqualTo(FlexOffset.Px(-2)));

    [Test]
    public void A_bubble_read_from_json_with_a_negative_offset_is_valid_and_a_negative_padding_is_reported_at_its_path()
    {
        var bubble = FlexJson.Deserialize<FlexBubble>(
            """{"type":"BUBBLE","body":{"type":"BOX","layout":"VERTICAL","paddingTop":"-4px","contents":[{"type":"TEXT","text":"Booking now","offsetTop":"-2px","offsetStart":"-5%"}]}}""");

        var findings = LineFlex.Tests.Validation.LonGuidelinesOff.Validator().Validate(bubble).Findings;

        Assert.Multiple(() =>
        {
            Assert.That(((FlexText)bubble.Body!.Contents![0]).OffsetTop, Is.EqualTo(FlexOffset.Px(-2)));
            Assert.That(findings.Select(f => (f.Path, f.Code)), Is.EqualTo(new[] { ("body.paddingTop", "LF402") }));
        });
    }

    [Test]
    public void The_preview_shifts_a_component_by_a_negative_offset() =>
        Assert.That(
            FlexPreview.Render(Flex.Bubble().Body(b => b.Text("Booking now", t => t.OffsetTop("-2px"))).Build()),
            Does.Contain("data-path=\"body.contents[0]\" style=\"top:-2px;\">Booking now</p>"));

    [Test]
    public void Generated_code_writes_a_negative_offset_back() =>
        Assert.That(
            FlexCode.Generate(Flex.Bubble().Body(b => b.Text("Booking now", t => t.OffsetTop("-2px"))).Build()),
            Does.Contain(".OffsetTop(\"-2px\")"));
}
