using System.Collections;

namespace LineFlex.Tests.Validation;

/// <summary>Walks a tree of the model through <see cref="FlexSchema"/>, and copies it with one property of one node changed.</summary>
internal static class SchemaWalk
{
    /// <summary>The request with every option, its bubble holding every component type, each with every property set.</summary>
    public static LineRequest RequestWithEveryNode()
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

    /// <summary>Every node of the tree with its wire path, walked through the schema.</summary>
    public static IEnumerable<(string Path, object Node)> Nodes(object node, string path)
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
    public static object With(object node, (string Name, int? Index)[] steps, string property, object? value)
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

    public static object Copy(object node, string property, object? value)
    {
        var copy = node.GetType().GetMethod("<Clone>$")!.Invoke(node, null)!;
        node.GetType().GetProperty(property)!.SetValue(copy, value);
        return copy;
    }

    public static object ListOf(Type itemType, object[] items)
    {
        var array = Array.CreateInstance(itemType, items.Length);
        Array.Copy(items, array, items.Length);
        return typeof(ValueList).GetMethod(nameof(ValueList.From))!.MakeGenericMethod(itemType).Invoke(null, [array])!;
    }

    public static (string Name, int? Index)[] Steps(string path) =>
        path.Length == 0
            ? []
            : path.Split('.').Select(step => step.EndsWith(']')
                ? (step[..step.IndexOf('[', StringComparison.Ordinal)], (int?)int.Parse(step[(step.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture))
                : (step, (int?)null)).ToArray();

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
