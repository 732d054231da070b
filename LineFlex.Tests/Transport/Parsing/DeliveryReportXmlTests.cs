namespace LineFlex.Tests.Transport.Parsing;

/// <summary>The XML delivery report body (webhook content type application/xml) reads like the JSON one.</summary>
public class DeliveryReportXmlTests
{
    [Test]
    public void The_reference_report_in_xml_reads_every_property()
    {
        var reports = DeliveryReportParser.ParseXml(DeliveryReportSamples.ReferenceXml);

        Assert.That(reports, Is.EqualTo(new[] { DeliveryReportSamples.ReferenceReport }));
    }

    [Test]
    public void The_xml_and_json_forms_of_a_report_read_equal()
    {
        var fromXml = DeliveryReportParser.ParseXml(DeliveryReportSamples.ReferenceXml);
        var fromJson = DeliveryReportParser.ParseJson(DeliveryReportSamples.ReferenceJson);

        Assert.That(fromXml, Is.EqualTo(fromJson));
    }

    [Test]
    public void A_reportResponse_root_with_report_elements_is_accepted()
    {
        var reports = DeliveryReportParser.ParseXml(
            "<reportResponse><results><report><messageId>a</messageId></report><report><messageId>b</messageId></report></results></reportResponse>");

        Assert.That(reports.Select(r => r.MessageId), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Namespaces_unknown_elements_and_nil_values_do_no_harm()
    {
        var reports = DeliveryReportParser.ParseXml("""
            <DeliveryReports xmlns="urn:infobip" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <results>
                <result>
                  <messageId>m1</messageId>
                  <newField><nested>1</nested></newField>
                  <messageCount xsi:nil="true"/>
                  <price/>
                  <status><groupName>LATER_ADDED</groupName></status>
                </result>
              </results>
            </DeliveryReports>
            """);

        var report = reports.Single();
        Assert.Multiple(() =>
        {
            Assert.That(report.MessageId, Is.EqualTo("m1"));
            Assert.That(report.MessageCount, Is.Null);
            Assert.That(report.Price, Is.EqualTo(new DeliveryPrice()));
            Assert.That(report.Status?.Group, Is.EqualTo(StatusGroup.Unknown));
            Assert.That(report.Status?.GroupName, Is.EqualTo("LATER_ADDED"));
        });
    }

    [Test]
    public void An_empty_results_element_reads_as_no_reports()
    {
        Assert.That(DeliveryReportParser.ParseXml("<DeliveryReports><results/></DeliveryReports>"), Is.Empty);
    }
}
