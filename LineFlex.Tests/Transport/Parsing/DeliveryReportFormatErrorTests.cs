namespace LineFlex.Tests.Transport.Parsing;

/// <summary>A body that cannot be read throws one exception type saying what was wrong and where.</summary>
public class DeliveryReportFormatErrorTests
{
    private static DeliveryReportFormatException JsonError(string body) =>
        Assert.Throws<DeliveryReportFormatException>(() => DeliveryReportParser.ParseJson(body))!;

    private static DeliveryReportFormatException XmlError(string body) =>
        Assert.Throws<DeliveryReportFormatException>(() => DeliveryReportParser.ParseXml(body))!;

    [Test]
    public void Truncated_json_names_the_path_and_line_and_keeps_the_reader_error()
    {
        var error = JsonError("{\"results\":[\n  {\"messageId\":\"m1\",\n   \"status\":{\"groupName\":\"DELIV");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("Malformed JSON"));
            Assert.That(error.Location, Is.EqualTo("results[0].status.groupName"));
            Assert.That(error.LineNumber, Is.EqualTo(3));
            Assert.That(error.Message, Does.Contain("line 3"));
            Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonReaderException>());
        });
    }

    [Test]
    public void Json_with_a_stray_comma_names_the_line_and_position()
    {
        var error = JsonError("{\"results\":[{\"messageId\":\"m1\",,}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("Malformed JSON"));
            Assert.That(error.LineNumber, Is.EqualTo(1));
            Assert.That(error.LinePosition, Is.GreaterThan(0));
        });
    }

    [Test]
    public void An_xml_body_given_to_the_json_parser_says_to_read_it_as_xml()
    {
        var error = JsonError(DeliveryReportSamples.ReferenceXml);

        Assert.That(error.Message, Does.Contain("looks like XML"));
    }

    [Test]
    public void An_empty_body_says_it_is_empty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(JsonError("  ").Problem, Does.Contain("empty"));
            Assert.That(XmlError("").Problem, Does.Contain("empty"));
        });
    }

    [Test]
    public void A_body_without_results_says_what_a_delivery_report_looks_like()
    {
        var error = JsonError("{\"messages\":[]}");

        Assert.That(error.Problem, Does.Contain("no \"results\" array"));
    }

    [Test]
    public void A_json_array_at_the_root_is_refused_with_the_expected_shape()
    {
        var error = JsonError("[{\"messageId\":\"m1\"}]");

        Assert.That(error.Problem, Does.Contain("must be a JSON object {\"results\":[...]}").And.Contain("an array"));
    }

    [Test]
    public void A_timestamp_that_is_not_one_names_the_field_path_and_the_expected_form()
    {
        var error = JsonError("{\"results\":[{\"messageId\":\"m1\"},{\"sentAt\":\"yesterday\"}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Location, Is.EqualTo("results[1].sentAt"));
            Assert.That(error.Problem, Does.Contain("\"yesterday\"").And.Contain("2023-09-26T10:52:15.457+0000"));
            Assert.That(error.LinePosition, Is.GreaterThan(0));
        });
    }

    [Test]
    public void An_object_where_a_number_belongs_names_the_field()
    {
        var error = JsonError("{\"results\":[{\"messageCount\":{\"value\":1}}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Location, Is.EqualTo("results[0].messageCount"));
            Assert.That(error.Problem, Does.Contain("'messageCount' must be a single value"));
        });
    }

    [Test]
    public void A_word_where_a_whole_number_belongs_names_the_field()
    {
        var error = JsonError("{\"results\":[{\"status\":{\"groupId\":\"three\"}}]}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Location, Is.EqualTo("results[0].status.groupId"));
            Assert.That(error.Problem, Does.Contain("whole number"));
        });
    }

    [Test]
    public void Malformed_xml_names_the_line_and_keeps_the_reader_error()
    {
        var error = XmlError("<DeliveryReports>\n  <results>\n    <result><messageId>m1</messageId>\n  </results>\n</DeliveryReports>");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Does.StartWith("Malformed XML"));
            Assert.That(error.LineNumber, Is.EqualTo(4));
            Assert.That(error.Message, Does.Contain("line 4"));
            Assert.That(error.InnerException, Is.InstanceOf<System.Xml.XmlException>());
        });
    }

    [Test]
    public void A_json_body_given_to_the_xml_parser_says_to_read_it_as_json()
    {
        var error = XmlError(DeliveryReportSamples.ReferenceJson);

        Assert.That(error.Message, Does.Contain("looks like JSON"));
    }

    [Test]
    public void A_wrong_xml_root_names_the_expected_shape()
    {
        var error = XmlError("<Reports><results/></Reports>");

        Assert.Multiple(() =>
        {
            Assert.That(error.Location, Is.EqualTo("/Reports"));
            Assert.That(error.Problem, Does.Contain("<Reports>").And.Contain("<DeliveryReports>"));
        });
    }

    [Test]
    public void A_bad_xml_value_names_the_element_path_and_line()
    {
        var error = XmlError(
            "<DeliveryReports>\n<results>\n<result><messageId>a</messageId></result>\n<result><price><pricePerMessage>cheap</pricePerMessage></price></result>\n</results>\n</DeliveryReports>");

        Assert.Multiple(() =>
        {
            Assert.That(error.Location, Is.EqualTo("/DeliveryReports/results/result[2]/price/pricePerMessage"));
            Assert.That(error.LineNumber, Is.EqualTo(4));
            Assert.That(error.Problem, Does.Contain("\"cheap\""));
        });
    }

    [Test]
    public void An_xml_body_with_a_dtd_is_refused()
    {
        var error = XmlError("<!DOCTYPE DeliveryReports [<!ENTITY x \"boom\">]><DeliveryReports><results/></DeliveryReports>");

        Assert.That(error.Problem, Does.Contain("DTD"));
    }
}
