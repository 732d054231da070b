using System.Xml;
using System.Xml.Linq;

namespace LineFlex;

/// <summary>
/// Reads the XML form of a delivery report body. The shape is described on
/// <see cref="DeliveryReportParser.ParseXml(string)"/>.
/// </summary>
internal static class DeliveryReportXmlReader
{
    private static readonly string[] RootNames = ["DeliveryReports", "reportResponse"];
    private static readonly string[] ReportNames = ["result", "report"];

    // A webhook body comes from the network: no DTDs (entity expansion) and no external resolution.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads one whole XML document.</summary>
    public static ValueList<DeliveryReport> Read(string body)
    {
        var root = Load(body);
        if (!RootNames.Contains(root.Name.LocalName, StringComparer.OrdinalIgnoreCase))
        {
            throw XmlReportNode.Fail(root,
                $"The root element is <{root.Name.LocalName}>, but a delivery report body's root is <DeliveryReports> (or <reportResponse>) "
                + "holding <results><result>...</result></results>.");
        }

        var results = XmlReportNode.Elements(root, "results").FirstOrDefault()
            ?? throw XmlReportNode.Fail(root,
                $"<{root.Name.LocalName}> has no <results> element. A delivery report body is "
                + "<DeliveryReports><results><result>...</result></results></DeliveryReports>.");

        return ValueList.From(results.Elements().Select(item => ReportNames.Contains(item.Name.LocalName, StringComparer.Ordinal)
            ? DeliveryReportMapper.Map(new XmlReportNode(item))
            : throw XmlReportNode.Fail(item,
                $"<results> may only hold <result> (or <report>) elements, but it holds <{item.Name.LocalName}>.")));
    }

    private static XElement Load(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DeliveryReportFormatException(
                "The delivery report body is empty. Infobip posts <DeliveryReports><results>...</results></DeliveryReports>; "
                + "check that the request body was read only once.",
                "/", 0, 0);
        }

        try
        {
            using var text = new StringReader(body);
            using var reader = XmlReader.Create(text, Settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return document.Root
                ?? throw new DeliveryReportFormatException("The XML document has no root element.", "/", 0, 0);
        }
        catch (XmlException exception)
        {
            if (exception.Message.Contains("DTD", StringComparison.Ordinal))
            {
                throw new DeliveryReportFormatException(
                    "The XML body declares a DTD (<!DOCTYPE ...>), which is refused for safety: Infobip's delivery reports never carry one.",
                    "/", exception.LineNumber, exception.LinePosition, exception);
            }

            var hint = body.TrimStart().StartsWith('{')
                ? " The body looks like JSON: read it with DeliveryReportParser.ParseJson, or pass its content type to DeliveryReportParser.Parse."
                : " Infobip posts well-formed XML, so the body was probably cut short or is not a delivery report.";
            throw new DeliveryReportFormatException(
                "Malformed XML: " + WithoutLocation(exception.Message) + hint,
                "/", exception.LineNumber, exception.LinePosition, exception);
        }
    }

    // XmlException ends its messages with " Line 1, position 5."; the exception states the location itself.
    private static string WithoutLocation(string message)
    {
        var index = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }
}
