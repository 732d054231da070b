namespace LineFlex.Tests.Validation;

/// <summary>
/// <see cref="FlexValidator"/> and <see cref="SendValidator"/> run LineFlex's rules on their own, without a FluentValidation
/// context per call; a team's validator runs the same rules through FluentValidation (<c>Include(new LineMessageValidator())</c>).
/// Both ways must find the same findings, in the same order, with the same paths, messages, severities and values.
/// </summary>
public class StandaloneRuleTests
{
    private static readonly FixedClock Clock = new(FixedClock.Now);

    private static IEnumerable<TestCaseData> BadInputs() =>
        RuleCases.All().Select(c => new TestCaseData(c.Bad()).SetName($"{c.Rule.Code} at {c.Path}"));

    [TestCaseSource(nameof(BadInputs))]
    public void A_request_gets_the_findings_FluentValidation_finds_with_the_same_validator(LineRequest request)
    {
        var throughFluentValidation = FlexValidationReport.From(new LineRequestValidator(options: null, Clock).Validate(request)).Findings;

        Assert.Multiple(() =>
        {
            Assert.That(Described(new FlexValidator(Clock).Validate(request).Findings), Is.EqualTo(Described(throughFluentValidation)));
            Assert.That(Described(new SendValidator(timeProvider: Clock).ValidateAsync(request).GetAwaiter().GetResult().Findings), Is.EqualTo(Described(throughFluentValidation)));
            Assert.That(throughFluentValidation, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(BadInputs))]
    public void A_message_and_its_bubble_get_the_findings_FluentValidation_finds_with_the_same_validators(LineRequest request)
    {
        var message = request.Messages?.FirstOrDefault() ?? new LineMessage();
        var options = new FlexValidatorOptions().Ignore("LF513");

        Assert.Multiple(() =>
        {
            Assert.That(
                Described(new FlexValidator(options, Clock).Validate(message).Findings),
                Is.EqualTo(Described(FlexValidationReport.From(new LineMessageValidator(options).Validate(message)).Findings)));
            Assert.That(
                Described(new SendValidator(options, timeProvider: Clock).ValidateAsync(message).GetAwaiter().GetResult().Findings),
                Is.EqualTo(Described(FlexValidationReport.From(new LineMessageValidator(options).Validate(message)).Findings)));
            if (message.Content?.Contents is { } bubble)
            {
                Assert.That(
                    Described(new FlexValidator(options, Clock).Validate(bubble).Findings),
                    Is.EqualTo(Described(FlexValidationReport.From(new FlexBubbleValidator(options).Validate(bubble)).Findings)));
            }
        });
    }

    [Test]
    public void A_clean_request_gets_a_report_without_findings_either_way()
    {
        var request = new LineFlex.Benchmarks.TemplateBenchmarks().Render();

        Assert.Multiple(() =>
        {
            Assert.That(new FlexValidator(Clock).Validate(request).Findings, Is.Empty);
            Assert.That(new FlexValidator(Clock).Validate(request).IsValid, Is.True);
            Assert.That(new LineRequestValidator(options: null, Clock).Validate(request).Errors, Is.Empty);
        });
    }

    private static IEnumerable<string> Described(IEnumerable<FlexFinding> findings) =>
        findings.Select(f => $"{f.Severity} {f.Code} {f.Path}: {f.Message} [{f.AttemptedValue}]");
}
