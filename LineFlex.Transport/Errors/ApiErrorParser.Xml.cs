using System.Xml;
using System.Xml.Linq;

namespace LineFlex;

/// <summary>
/// The XML form: <c>&lt;ApiError&gt;&lt;errorCode/&gt;&lt;description/&gt;&lt;action/&gt;&lt;violations&gt;&lt;violation&gt;&lt;property/&gt;&lt;violation/&gt;&lt;/violation&gt;&lt;/violations&gt;&lt;resources&gt;&lt;resource&gt;&lt;name/&gt;&lt;url/&gt;&lt;/resource&gt;&lt;/resources&gt;&lt;/ApiError&gt;</c>.
/// </summary>
public static partial class ApiErrorParser
{
    // An error body comes from the network: no DTDs (entity expansion) and no external resolution.
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// The error read from XML, or null when the text is not well-formed XML of a known shape. The root may
    /// have any name as long as its children are named like the <c>ApiError</c> properties; namespaces are
    /// ignored; the items of <c>&lt;violations&gt;</c> and <c>&lt;resources&gt;</c> may have any name
    /// (<c>&lt;violation&gt;</c>, <c>&lt;resource&gt;</c>, <c>&lt;item&gt;</c>, ...). An XHTML page is
    /// <see cref="ApiErrorFormat.Html"/>.
    /// </summary>
    private static ApiErrorBody? ReadXml(string text)
    {
        var root = LoadXml(text);
        if (root is null)
        {
            return null;
        }

        if (root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return Html(text);
        }

        if (root.Name.LocalName == "requestError")
        {
            var exception = Child(root, "serviceException") ?? Child(root, "policyException");
            return new ApiErrorBody
            {
                Format = ApiErrorFormat.Xml,
                ErrorCode = Text(Child(exception, "messageId")),
                Description = Text(Child(exception, "text")),
            };
        }

        if (!ApiErrorProperties.Any(name => Child(root, name) is not null))
        {
            return null;
        }

        return new ApiErrorBody
        {
            Format = ApiErrorFormat.Xml,
            ErrorCode = Text(Child(root, "errorCode")),
            Description = Text(Child(root, "description")),
            Action = Text(Child(root, "action")),
            Violations = ValueList.From(Items(Child(root, "violations")).Select(v =>
                new ApiViolation(Text(Child(v, "property")) ?? string.Empty, Text(Child(v, "violation")) ?? string.Empty))),
            Resources = ValueList.From(Items(Child(root, "resources")).Select(r =>
                new ApiResource(Text(Child(r, "name")) ?? string.Empty, Text(Child(r, "url")) ?? string.Empty))),
        };
    }

    private static XElement? LoadXml(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), XmlSettings);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<XElement> Items(XElement? list) =>
        list is null ? [] : list.Elements().Where(e => e.HasElements);

    /// <summary>An element's text, trimmed; null for a missing element, an empty one or one holding elements.</summary>
    private static string? Text(XElement? element) =>
        element is null || element.HasElements || element.Value.Trim() is not { Length: > 0 } text ? null : text;
}
