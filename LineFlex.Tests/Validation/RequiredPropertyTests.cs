namespace LineFlex.Tests.Validation;

/// <summary>Every property the schema marks required is reported, as an error at its path, when it is missing.</summary>
public class RequiredPropertyTests
{
    private static readonly FlexValidator Validator = new(new FixedClock(FixedClock.Now));

    [Test]
    public void A_missing_required_property_of_any_node_is_an_error_at_its_path()
    {
        var request = SchemaWalk.RequestWithEveryNode();
        var cases = 0;

        Assert.Multiple(() =>
        {
            foreach (var (path, node) in SchemaWalk.Nodes(request, string.Empty))
            {
                foreach (var property in FlexSchema.Of(node.GetType()).Properties.Where(p => p.IsRequired))
                {
                    cases++;
                    var at = SchemaWalk.Join(path, property.WireName);
                    var findings = Validator.Validate((LineRequest)SchemaWalk.With(request, SchemaWalk.Steps(path), property.Name, null)).Findings;

                    Assert.That(findings.Any(f => f.Path == at && f.Severity == FindingSeverity.Error), Is.True, $"no error at {at}: {string.Join("; ", findings)}");
                }
            }
        });

        Assert.That(cases, Is.GreaterThan(30));
    }
}
