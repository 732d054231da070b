using FluentValidation;
using FluentValidation.TestHelper;

namespace LineFlex.Tests.Validation;

/// <summary>What a report, its findings and the exception say, and the validator's entry points that narrow the tree.</summary>
public class ReportTests
{
    private static readonly FlexValidator Validator = LonGuidelinesOff.Validator(new FixedClock(FixedClock.Now));

    private static LineRequest WithErrorAndWarning() =>
        Minimal.WithMessage(m => m with
        {
            Sender = null,
            Options = new MessageOptions { ValidityPeriod = new ValidityPeriod { Amount = 72, TimeUnit = ValidityPeriodTimeUnit.Hours } },
        });

    [Test]
    public void Errors_and_warnings_each_hold_only_their_own_severity()
    {
        var report = Validator.Validate(WithErrorAndWarning());

        Assert.Multiple(() =>
        {
            Assert.That(report.Errors.Select(f => f.Code), Is.EqualTo(new[] { FlexRules.SenderRequired.Code }));
            Assert.That(report.Warnings.Select(f => f.Code), Is.EqualTo(new[] { FlexRules.ValidityOver48Hours.Code }));
        });
    }

    [Test]
    public void A_report_reads_as_one_line_per_finding_or_says_there_is_none()
    {
        var report = Validator.Validate(WithErrorAndWarning());

        Assert.Multiple(() =>
        {
            Assert.That(report.ToString(), Is.EqualTo(string.Join(Environment.NewLine, report.Findings)));
            Assert.That(Validator.Validate(Minimal.Request()).ToString(), Is.EqualTo("No findings."));
        });
    }

    [Test]
    public void A_finding_at_the_root_prints_its_path_as_a_dollar()
    {
        var finding = new FlexFinding(FindingSeverity.Error, "LF507", string.Empty, "Too big.", null);

        Assert.That(finding.ToString(), Is.EqualTo("$: Too big. [LF507]"));
    }

    [Test]
    public void A_report_needs_a_result()
    {
        Assert.Throws<ArgumentNullException>(() => FlexValidationReport.From(null!));
    }

    [Test]
    public void The_exception_for_one_error_says_one_rule_and_indents_it()
    {
        var request = Minimal.WithMessage(m => m with { Sender = null });

        var error = Assert.Throws<FlexValidationException>(() => Validator.EnsureValid(request))!;

        Assert.That(
            error.Message,
            Is.EqualTo("The message breaks 1 documented rule; fix it before sending:" + Environment.NewLine + "  " + error.Errors.Single()));
    }

    [Test]
    public void Ensure_valid_on_a_bubble_throws_for_an_error()
    {
        var bubble = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText()] } };

        var error = Assert.Throws<FlexValidationException>(() => Validator.EnsureValid(bubble))!;

        Assert.That(error.Errors.Single().Path, Is.EqualTo("body.contents[0].text"));
    }

    [Test]
    public void A_content_validated_on_its_own_reports_paths_relative_to_it()
    {
        var content = new LineNotificationContent
        {
            AltText = new string('a', FlexRules.AltTextLength.Max + 1),
            Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText()] } },
        };

        var report = Validator.Validate(content);

        Assert.That(report.Findings.Select(f => (f.Code, f.Path)), Is.EqualTo(new[] { ("LF201", "altText"), ("LF124", "contents.body.contents[0].text") }));
    }

    [Test]
    public void A_finding_on_a_child_validators_own_node_is_at_the_childs_path()
    {
        // A bubble over 30 KB is a finding on the bubble itself, reported where the bubble stands.
        var validator = new InlineValidator<LineNotificationContent>();
        validator.RuleFor(c => c.Contents).SetValidator(new FlexBubbleValidator()!);
        var content = new LineNotificationContent
        {
            AltText = "Hi",
            Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = new string('a', 30_000) }] } },
        };

        validator.TestValidate(content).ShouldHaveValidationErrorFor("contents").WithErrorCode(FlexRules.BubbleSize.Code);
    }

    [Test]
    public void Bounds_without_either_end_read_as_any()
    {
        Assert.That(new FlexBounds(null, null).ToString(), Is.EqualTo("any"));
    }

    [Test]
    public void A_rule_without_bounds_has_no_minimum_or_maximum()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => FlexRules.ColorGrammar.Min, Throws.InvalidOperationException.With.Message.Contains("LF407 declares no minimum"));
            Assert.That(() => FlexRules.ColorGrammar.Max, Throws.InvalidOperationException.With.Message.Contains("LF407 declares no maximum"));
        });
    }
}
