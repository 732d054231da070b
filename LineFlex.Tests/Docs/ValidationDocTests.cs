using System.Text.RegularExpressions;

namespace LineFlex.Tests.Docs;

/// <summary>docs/validation.md lists exactly the rules the validator checks, with the same words.</summary>
public partial class ValidationDocTests
{
    [GeneratedRegex(@"^\| (LF\d{3}) \| (.*?) \| (.*?) \| (error|warning) \| (.*?) \|$", RegexOptions.Multiline)]
    private static partial Regex RuleRow();

    [Test]
    public void The_rule_table_matches_the_rule_set_row_for_row()
    {
        var doc = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "validation.md"));

        var documented = RuleRow().Matches(doc)
            .Select(m => new FlexRule(
                m.Groups[1].Value,
                m.Groups[2].Value,
                m.Groups[3].Value,
                m.Groups[4].Value == "warning" ? FindingSeverity.Warning : FindingSeverity.Error,
                m.Groups[5].Value))
            .ToList();

        Assert.That(documented, Is.EqualTo(FlexRules.All));
    }
}
