using System.Collections;

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
        var request = RequestWithEveryNode();
        var cases = 0;

        Assert.Multiple(() =>
        {
            foreach (var (path, node) in Nodes(request, string.Empty))
            {
                foreach (var property in FlexSchema.Of(node.GetType()).Properties)
                {
                    if (Malformed(property) is not { } bad)
                    {
                        continue;
                    }

                    cases++;
                    var at = Join(path, property.WireName) + (property.Kind == FlexValueKind.List ? "[0]" : string.Empty);
                    var findings = Validator.Validate((LineRequest)With(request, Steps(path), property.Name, bad)).Findings;

                    Assert.That(findings.Any(f => f.Path == at && ShapeRules.Contains(f.Code)), Is.True, $"no finding at {at}: {string.Join("; ", findings)}");
                }
            }
        });

        Assert.That(cases, Is.GreaterThan(80));
    }

    /// <summary>The request with every option, its bubble holding every component type, each with every property set.</summary>
    private static LineRequest RequestWithEveryNode()
    {
        var request = TestData.EveryOptionRequest();
        var message = request.Messages![0];
        var bubble = TestData.EveryBubbleProperty() with
        {
            Body = Flex.Box(BoxLayout.Vertical, body => body
                .Text("first")
                .Add(TestData.EveryBoxProperty())
                .Add(TestData.EveryTextProperty())
                .Add(Flex.Text(t => t.Add(TestData.EverySpanProperty())))
                .Add(TestData.EveryImageProperty())
                .Add(TestData.EveryButtonProperty())
                .Add(Flex.Button(TestData.EveryPostbackActionProperty()))
                .Add(TestData.EverySeparatorProperty())
                .Baseline(row => row.Add(TestData.EveryIconProperty()))),
        };

        return request with { Messages = [message with { Content = message.Content! with { Contents = bubble } }] };
    }

    private static object? Malformed(FlexPropertySchema property) => property.Kind switch
    {
        FlexValueKind.Value => property.Type.GetMethod(nameof(FlexSpacing.Raw))!.Invoke(null, ["@malformed"]),
        FlexValueKind.Enum => Enum.ToObject(property.Type, 99),
        FlexValueKind.List when property.ItemType!.IsEnum => ListOf(property.ItemType, [Enum.ToObject(property.ItemType, 99)]),
        _ => null,
    };

    /// <summary>Every node of the tree with its wire path, walked through the schema.</summary>
    private static IEnumerable<(string Path, object Node)> Nodes(object node, string path)
    {
        yield return (path, node);
        foreach (var property in FlexSchema.Of(node.GetType()).Properties)
        {
            var value = node.GetType().GetProperty(property.Name)!.GetValue(node);
            var at = Join(path, property.WireName);
            if (value is not null && property.Kind == FlexValueKind.Object)
            {
                foreach (var child in Nodes(value, at))
                {
                    yield return child;
                }
            }
            else if (value is IEnumerable items && property.Kind == FlexValueKind.List && !property.ItemType!.IsEnum)
            {
                var i = 0;
                foreach (var item in items)
                {
                    foreach (var child in Nodes(item!, $"{at}[{i++}]"))
                    {
                        yield return child;
                    }
                }
            }
        }
    }

    /// <summary>A copy of <paramref name="node"/> with one property of the node at <paramref name="steps"/> replaced; records are copied along the way.</summary>
    private static object With(object node, (string Name, int? Index)[] steps, string property, object? value)
    {
        if (steps.Length == 0)
        {
            return Copy(node, property, value);
        }

        var (name, index) = steps[0];
        var step = FlexSchema.Of(node.GetType()).FindProperty(name)!;
        var current = node.GetType().GetProperty(step.Name)!.GetValue(node)!;
        object replaced;
        if (index is { } i)
        {
            var items = ((IEnumerable)current).Cast<object>().ToArray();
            items[i] = With(items[i], steps[1..], property, value);
            replaced = ListOf(step.ItemType!, items);
        }
        else
        {
            replaced = With(current, steps[1..], property, value);
        }

        return Copy(node, step.Name, replaced);
    }

    private static object Copy(object node, string property, object? value)
    {
        var copy = node.GetType().GetMethod("<Clone>$")!.Invoke(node, null)!;
        node.GetType().GetProperty(property)!.SetValue(copy, value);
        return copy;
    }

    private static object ListOf(Type itemType, object[] items)
    {
        var array = Array.CreateInstance(itemType, items.Length);
        Array.Copy(items, array, items.Length);
        return typeof(ValueList).GetMethod(nameof(ValueList.From))!.MakeGenericMethod(itemType).Invoke(null, [array])!;
    }

    private static (string Name, int? Index)[] Steps(string path) =>
        path.Length == 0
            ? []
            : path.Split('.').Select(step => step.EndsWith(']')
                ? (step[..step.IndexOf('[', StringComparison.Ordinal)], (int?)int.Parse(step[(step.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture))
                : (step, (int?)null)).ToArray();

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
