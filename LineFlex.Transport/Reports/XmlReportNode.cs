using System.Xml;
using System.Xml.Linq;

namespace LineFlex;

/// <summary>
/// An XML element of a delivery report whose child elements are named like the JSON properties.
/// Namespaces are ignored (only local names count), unknown child elements are ignored, and an element
/// marked <c>xsi:nil="true"</c> counts as missing.
/// </summary>
internal sealed class XmlReportNode : ReportNode
{
    private static readonly XName Nil = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil";

    private readonly XElement _element;

    public XmlReportNode(XElement element) => _element = element;

    /// <inheritdoc/>
    public override ReportNode? Child(string name)
    {
        var child = Element(name);
        if (child is null)
        {
            return null;
        }

        if (!child.HasElements && !string.IsNullOrWhiteSpace(child.Value))
        {
            throw Fail(child, $"<{name}> must hold child elements, but the report has the text \"{child.Value.Trim()}\".");
        }

        return new XmlReportNode(child);
    }

    /// <inheritdoc/>
    protected override ReportScalar? Scalar(string name)
    {
        var child = Element(name);
        if (child is null)
        {
            return null;
        }

        if (child.HasElements)
        {
            throw Fail(child, $"<{name}> must hold text, but the report has child elements in it.");
        }

        var (line, position) = LineInfo(child);
        return new ReportScalar(child.Value, PathOf(child), line, position);
    }

    /// <summary>The child elements of <paramref name="parent"/> whose local name is <paramref name="name"/>.</summary>
    public static IEnumerable<XElement> Elements(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>An exception saying <paramref name="problem"/> about <paramref name="element"/>.</summary>
    public static DeliveryReportFormatException Fail(XElement element, string problem)
    {
        var (line, position) = LineInfo(element);
        return new DeliveryReportFormatException(problem, PathOf(element), line, position);
    }

    /// <summary>The element's path from the root, XPath style: <c>/DeliveryReports/results/result[2]/sentAt</c>.</summary>
    public static string PathOf(XElement element)
    {
        var steps = new Stack<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            var name = current.Name.LocalName;
            var parent = current.Parent;
            if (parent is not null && Elements(parent, name).Skip(1).Any())
            {
                var index = Elements(parent, name).TakeWhile(e => e != current).Count() + 1;
                name += $"[{index}]";
            }

            steps.Push(name);
        }

        return "/" + string.Join("/", steps);
    }

    private XElement? Element(string name)
    {
        var child = Elements(_element, name).FirstOrDefault();
        return child is null || (string?)child.Attribute(Nil) == "true" ? null : child;
    }

    private static (int Line, int Position) LineInfo(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
}
