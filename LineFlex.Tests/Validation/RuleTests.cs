namespace LineFlex.Tests.Validation;

/// <summary>Every rule: its smallest bad input breaks only it, at the expected path; its smallest good input passes.</summary>
public class RuleTests
{
    private static IEnumerable<RuleCase> Cases() => RuleCases.All();

    [TestCaseSource(nameof(Cases))]
    public void The_smallest_bad_input_breaks_only_this_rule_at_its_path(RuleCase rule)
    {
        var report = rule.Validator.Validate(rule.Bad());

        Assert.That(report.Findings, Has.Count.EqualTo(1), report.ToString());
        var finding = report.Findings[0];
        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(rule.Rule.Code));
            Assert.That(finding.Path, Is.EqualTo(rule.Path));
            Assert.That(finding.Severity, Is.EqualTo(rule.Rule.Severity));
            Assert.That(report.IsValid, Is.EqualTo(rule.Rule.Severity == FindingSeverity.Warning));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void The_smallest_good_input_passes(RuleCase rule)
    {
        var report = rule.Validator.Validate(rule.Good());

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void The_message_of_the_smallest_bad_input_is_a_whole_sentence(RuleCase rule)
    {
        var message = rule.Validator.Validate(rule.Bad()).Findings.Single().Message;

        Assert.That(message, Does.Match(@"^[A-Za-z].{8,}[.?]$"), message);
    }

    [Test]
    public void Every_rule_is_listed_in_validation_md_as_declared()
    {
        // docs/validation.md's rules tables are written from FlexRules.All; the rule set a reader sees is the one that checks.
        var page = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "validation.md"));

        Assert.Multiple(() =>
        {
            foreach (var rule in FlexRules.All)
            {
                var severity = rule.Severity == FindingSeverity.Warning ? "warning" : "error";
                Assert.That(page, Does.Contain($"| {rule.Code} | {rule.Checks} | {rule.Limit} | {severity} | {rule.Source} |"), rule.Code);
            }
        });
    }

    [Test]
    public void Every_rule_has_a_case()
    {
        var covered = RuleCases.All().Select(c => c.Rule.Code).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(covered, Is.Unique);
            Assert.That(covered, Is.EquivalentTo(FlexRules.All.Select(r => r.Code)));
        });
    }

    [Test]
    public void Rule_codes_are_unique_and_stable_in_form()
    {
        var codes = FlexRules.All.Select(r => r.Code).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.Unique);
            Assert.That(codes, Has.All.Match("^LF[1-7][0-9]{2}$"));
            Assert.That(codes, Is.Ordered);
        });
    }
}
