using LineFlex.Testing;
using LineFlex.Tests.Templates;

namespace LineFlex.Tests.Testing;

/// <summary>One call lists every template of an assembly with every sample.</summary>
public class TemplateCaseTests
{
    [Test]
    public void Every_sample_of_every_template_is_a_case_named_after_both()
    {
        var cases = FlexTemplateCase.All(new FlexTemplateRegistry([new Greeting()])).ToList();

        Assert.That(cases.Select(c => c.ToString()), Is.EqualTo(new[] { "greeting/th", "greeting/en" }));
        Assert.That(cases[0].SnapshotName, Is.EqualTo("greeting.th"));
    }

    [Test]
    public void A_case_builds_a_valid_message_from_the_sample_sender()
    {
        var message = new FlexTemplateCase(new Greeting(), "en").Build();

        Assert.That(message.Sender, Is.EqualTo(FlexSampleMessages.Sender));
        Assert.That(LineFlex.Tests.Validation.LonGuidelinesOff.Validator().Validate(message).Findings, Is.Empty);
    }
}
