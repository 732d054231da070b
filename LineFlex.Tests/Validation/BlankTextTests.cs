namespace LineFlex.Tests.Validation;

/// <summary>Blank texts and a blank altText are warnings: in a template they mean a value was missing.</summary>
public class BlankTextTests
{
    private static FlexValidationReport Validate(string text, string altText = "Order shipped") =>
        LonGuidelinesOff.Validator().Validate(Flex.Message().Sender("acme").To("66812345678").AltText(altText).Bubble(b => b.Body(body => body.Text(text))).Build());

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_text_is_a_warning_at_its_path(string text)
    {
        var finding = Validate(text).Findings.Single();

        Assert.That(finding.Code, Is.EqualTo("LF126"));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Path, Is.EqualTo("content.contents.body.contents[0].text"));
    }

    [Test]
    public void A_blank_span_is_a_warning()
    {
        var report = LonGuidelinesOff.Validator().Validate(Flex.Text(t => t.Span("Total ").Span("")));

        Assert.That(report.Findings.Select(f => (f.Code, f.Path)), Is.EqualTo(new[] { ("LF126", "contents[1].text") }));
    }

    [Test]
    public void A_blank_altText_is_a_warning()
    {
        var finding = Validate("Hi", altText: " ").Findings.Single();

        Assert.That((finding.Code, finding.Path, finding.Severity), Is.EqualTo(("LF127", "content.altText", FindingSeverity.Warning)));
        Assert.That(finding.Message, Does.Contain("white space only"));
    }

    [Test]
    public void A_text_with_words_has_no_finding()
    {
        Assert.That(Validate("Hi").Findings, Is.Empty);
    }

    [Test]
    public void EnsureValid_on_a_message_throws_for_an_error_and_returns_warnings()
    {
        var validator = LonGuidelinesOff.Validator();
        var warned = Flex.Message().Sender("acme").To("66812345678").AltText("Hi").Bubble(b => b.Body(body => body.Text(""))).Build();
        var broken = warned with { Sender = null };

        Assert.That(validator.EnsureValid(warned).Findings.Single().Code, Is.EqualTo("LF126"));
        Assert.Throws<FlexValidationException>(() => validator.EnsureValid(broken));
    }
}
