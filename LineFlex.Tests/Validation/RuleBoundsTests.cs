using System.Globalization;

namespace LineFlex.Tests.Validation;

/// <summary>
/// A rule on a number or a length states its bounds once, in its declaration: the limit column of the rules table is
/// written from them, the check reads them and the message prints them.
/// </summary>
public class RuleBoundsTests
{
    private static readonly FlexValidator Validator = new(new FixedClock(FixedClock.Now));

    /// <summary>The rules whose messages say their bound in words ("needs at least one item", "nine-digit", "another one").</summary>
    private static readonly string[] BoundInWords = ["LF101", "LF103", "LF118", "LF307", "LF508"];

    private static IEnumerable<RuleCase> BoundedCases() =>
        RuleCases.All().Where(c => c.Rule.Bounds is not null && !BoundInWords.Contains(c.Rule.Code));

    [TestCaseSource(nameof(BoundedCases))]
    public void The_message_of_a_bounded_rule_prints_its_declared_bound(RuleCase rule)
    {
        var finding = rule.Validator.Validate(rule.Bad()).Findings.Single();
        var bounds = rule.Rule.Bounds!.Value;
        var printed = new[] { bounds.Maximum, bounds.Minimum }
            .Where(b => b is not null)
            .SelectMany(b => new[] { b!.Value.ToString(CultureInfo.InvariantCulture), b.Value.ToString("N0", CultureInfo.InvariantCulture) });

        Assert.That(printed.Any(b => finding.Message.Contains(b, StringComparison.Ordinal)), finding.Message);
    }

    [Test]
    public void The_limit_column_is_written_from_the_bounds()
    {
        Assert.Multiple(() =>
        {
            // As Infobip's and LINE's references write them: altText 0..400, LINE's 30 KB read as bytes, at least one message.
            Assert.That(FlexRules.AltTextLength.Limit, Is.EqualTo("0..400"));
            Assert.That(FlexRules.BubbleSize.Limit, Is.EqualTo("at most 30,000 bytes"));
            Assert.That(FlexRules.MessagesRequired.Limit, Is.EqualTo("at least 1"));
            Assert.That(FlexRules.SendAtHorizon.Limit, Is.EqualTo("at most 180 days"));
            Assert.That(FlexRules.ColorGrammar.Bounds, Is.Null);
        });
    }

    [Test]
    public void A_length_at_its_declared_maximum_passes_and_one_more_fails()
    {
        var max = FlexRules.AltTextLength.Max;
        var validator = new LineMessageValidator(LonGuidelinesOff.Options);
        LineMessage WithAltText(int length) => Minimal.Request().Messages![0] with
        {
            Content = Minimal.Request().Messages![0].Content! with { AltText = new string('a', length) },
        };

        Assert.Multiple(() =>
        {
            Assert.That(validator.Validate(WithAltText(max)).Errors, Is.Empty);
            Assert.That(validator.Validate(WithAltText(max + 1)).Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { "LF201" }));
        });
    }
}
