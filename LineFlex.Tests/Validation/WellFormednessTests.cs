namespace LineFlex.Tests.Validation;

/// <summary>
/// Every typed value and enum of every node, as the schema lists them, is checked where it stands: a malformed raw
/// value (or an undefined enum) in any property of a request gives a finding at that property's wire path.
/// A property added to the model is covered here without a line of this test changing.
/// </summary>
public class WellFormednessTests
{
    private static readonly FlexValidator Validator = new(new FixedClock(FixedClock.Now));

    private static readonly HashSet<string> ShapeRules =
    [
        FlexRules.SpacingGrammar.Code, FlexRules.InsetGrammar.Code, FlexRules.TextSizeGrammar.Code, FlexRules.ImageSizeGrammar.Code,
        FlexRules.BorderWidthGrammar.Code, FlexRules.LengthGrammar.Code, FlexRules.ColorGrammar.Code, FlexRules.AspectRatioGrammar.Code,
        FlexRules.EnumDefined.Code,
    ];

    [Test]
    public void A_malformed_value_in_any_typed_property_of_any_node_is_found_at_its_path()
    {
        var request = SchemaWalk.RequestWithEveryNode();
        var cases = 0;

        Assert.Multiple(() =>
        {
            foreach (var (path, node) in SchemaWalk.Nodes(request, string.Empty))
            {
                foreach (var property in FlexSchema.Of(node.GetType()).Properties)
                {
                    if (Malformed(property) is not { } bad)
                    {
                        continue;
                    }

                    cases++;
                    var at = SchemaWalk.Join(path, property.WireName) + (property.Kind == FlexValueKind.List ? "[0]" : string.Empty);
                    var findings = Validator.Validate((LineRequest)SchemaWalk.With(request, SchemaWalk.Steps(path), property.Name, bad)).Findings;

                    Assert.That(findings.Any(f => f.Path == at && ShapeRules.Contains(f.Code)), Is.True, $"no finding at {at}: {string.Join("; ", findings)}");
                }
            }
        });

        Assert.That(cases, Is.GreaterThan(80));
    }

    private static object? Malformed(FlexPropertySchema property) => property.Kind switch
    {
        FlexValueKind.Value => property.Type.GetMethod(nameof(FlexSpacing.Raw))!.Invoke(null, ["@malformed"]),
        FlexValueKind.Enum => Enum.ToObject(property.Type, 99),
        FlexValueKind.List when property.ItemType!.IsEnum => SchemaWalk.ListOf(property.ItemType, [Enum.ToObject(property.ItemType, 99)]),
        _ => null,
    };
}
