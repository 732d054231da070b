namespace LineFlex.Tests.Validation;

/// <summary>
/// A missing required value is reported at its own wire path (<c>messages[0].sender</c>), the string Infobip puts in
/// <c>violations[].property</c>, never at the object that should hold it: for a tree built in code, for the same tree
/// read from JSON, and once located in that JSON (where the line and position are the holding object's).
/// </summary>
public class RequiredPathTests
{
    private static readonly FlexValidator Validator = new(new FixedClock(FixedClock.Now));

    /// <summary>The case of every rule that asks for a value to be there (LF101 to LF124).</summary>
    private static IEnumerable<RuleCase> Cases() =>
        RuleCases.All().Where(c => string.CompareOrdinal(c.Rule.Code, "LF101") >= 0 && string.CompareOrdinal(c.Rule.Code, FlexRules.TextOrContentsRequired.Code) <= 0);

    [TestCaseSource(nameof(Cases))]
    public void A_missing_value_built_in_code_is_reported_at_its_own_path(RuleCase rule)
    {
        AssertOneFindingAtItsPath(rule, rule.Validator.Validate(rule.Bad()));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_missing_value_read_from_json_is_reported_at_its_own_path(RuleCase rule)
    {
        var json = FlexJson.Serialize(rule.Bad(), indented: true);

        AssertOneFindingAtItsPath(rule, rule.Validator.Validate(FlexJson.Deserialize<LineRequest>(json)));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_missing_value_located_in_json_keeps_its_own_path_at_the_place_of_its_holder(RuleCase rule)
    {
        var json = FlexJson.Serialize(rule.Bad(), indented: true);
        var report = rule.Validator.Validate(FlexJson.Deserialize<LineRequest>(json));

        var located = LocatedFinding.Locate(json, report.Findings).Single();

        Assert.Multiple(() =>
        {
            Assert.That(located.Code, Is.EqualTo(rule.Rule.Code));
            Assert.That(located.Path, Is.EqualTo(rule.Path));
            Assert.That(located.LineNumber, Is.GreaterThan(0));
            Assert.That(located.ToString(), Does.Contain($" at {rule.Path}: "));
        });
    }

    [Test]
    public void A_missing_sender_is_located_at_the_message_that_lacks_it()
    {
        const string Json = """
            {
              "messages": [
                {
                  "destinations": [{ "to": "66855538125" }],
                  "content": { "type": "LINE_NOTIFICATION", "altText": "Hi", "contents": { "type": "BUBBLE", "body": { "type": "BOX", "layout": "VERTICAL", "contents": [{ "type": "TEXT", "text": "Hi" }] } } }
                }
              ]
            }
            """;

        var located = LocatedFinding.Locate(Json, Validator.Validate(FlexJson.Deserialize<LineRequest>(Json)).Errors).Single();

        Assert.That(located.ToString(), Is.EqualTo("(3,5): error LF102 at messages[0].sender: sender is required."));
    }

    private static void AssertOneFindingAtItsPath(RuleCase rule, FlexValidationReport report)
    {
        Assert.That(report.Findings, Has.Count.EqualTo(1), report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings[0].Code, Is.EqualTo(rule.Rule.Code));
            Assert.That(report.Findings[0].Path, Is.EqualTo(rule.Path));
        });
    }
}
