using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace LineFlex;

/// <summary>
/// Lists what a message says besides its bubble (sender, destinations, options, webhooks) as a table of wire paths
/// and values. It walks <see cref="FlexSchema"/>, so every property of the model is shown without a list of its own.
/// </summary>
internal static class DetailsWriter
{
    /// <summary>Writes every set property of <paramref name="node"/> below <paramref name="path"/>, except <paramref name="skip"/>.</summary>
    public static void Write(StringBuilder html, object node, string path, object? skip)
    {
        var rows = new List<(string Path, string Value)>();
        Collect(node, path, skip, rows, depth: 0);
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"lf-details\">");
        foreach (var (rowPath, value) in rows)
        {
            html.Append("<tr><th scope=\"row\"><code>").AppendEscaped(rowPath).Append("</code></th><td>").AppendEscaped(value).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Collect(object node, string path, object? skip, List<(string, string)> rows, int depth)
    {
        var schema = FlexSchema.Of(node.GetType());
        if (schema.WireType is { } wireType && node is not FlexBubble)
        {
            rows.Add((FindingMarks.Join(path, "type"), wireType));
        }

        foreach (var property in schema.Properties)
        {
            var value = Read(node, property);
            if (value is null || ReferenceEquals(value, skip))
            {
                continue;
            }

            var propertyPath = FindingMarks.Join(path, property.WireName);
            switch (property.Kind)
            {
                case FlexValueKind.Object when depth < FlexLimits.MaxDepth:
                    Collect(value, propertyPath, skip, rows, depth + 1);
                    break;
                case FlexValueKind.List:
                    var i = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        var itemPath = propertyPath + "[" + i++.ToString(CultureInfo.InvariantCulture) + "]";
                        if (item is not null && IsNode(item.GetType()) && depth < FlexLimits.MaxDepth)
                        {
                            Collect(item, itemPath, skip, rows, depth + 1);
                        }
                        else if (item is not null)
                        {
                            rows.Add((itemPath, Text(item, property)));
                        }
                    }

                    break;
                default:
                    rows.Add((propertyPath, Text(value, property)));
                    break;
            }
        }
    }

    private static object? Read(object node, FlexPropertySchema property) =>
        node.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(node);

    private static bool IsNode(Type type) => FlexSchema.Nodes.Any(n => n.Type == type);

    private static string Text(object value, FlexPropertySchema property) => value switch
    {
        Enum e when property.Keywords.Count > 0 => Convert.ToInt32(e, CultureInfo.InvariantCulture) is var index && index >= 0 && index < property.Keywords.Count
            ? property.Keywords[index]
            : e.ToString(),
        bool b => b ? "true" : "false",
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
