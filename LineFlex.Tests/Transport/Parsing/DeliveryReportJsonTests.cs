using System.Text;

namespace LineFlex.Tests.Transport.Parsing;

/// <summary>The JSON delivery report body Infobip posts to a send's webhook reads into <see cref="DeliveryReport"/>s.</summary>
public class DeliveryReportJsonTests
{
    private static DeliveryReport ParseOne(string reportJson) =>
        DeliveryReportParser.ParseJson("{\"results\":[" + reportJson + "]}").Single();

    [Test]
    public void The_reference_example_reads_every_property()
    {
        var reports = DeliveryReportParser.ParseJson(DeliveryReportSamples.ReferenceJson);

        Assert.That(reports, Is.EqualTo(new[] { DeliveryReportSamples.ReferenceReport }));
    }

    [Test]
    public void The_reference_example_maps_the_group_names_to_enums()
    {
        var report = DeliveryReportParser.ParseJson(DeliveryReportSamples.ReferenceJson).Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.Status?.Group, Is.EqualTo(StatusGroup.Delivered));
            Assert.That(report.Error?.Group, Is.EqualTo(ErrorGroup.Ok));
        });
    }

    [Test]
    public void A_timestamp_with_an_offset_without_a_colon_keeps_its_instant_and_offset()
    {
        var report = ParseOne("{\"sentAt\":\"2023-09-26T10:52:15.457+0000\",\"doneAt\":\"2023-09-26T17:52:15.457+0700\"}");

        Assert.Multiple(() =>
        {
            Assert.That(report.SentAt, Is.EqualTo(new DateTimeOffset(2023, 9, 26, 10, 52, 15, 457, TimeSpan.Zero)));
            Assert.That(report.SentAt?.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(report.DoneAt, Is.EqualTo(new DateTimeOffset(2023, 9, 26, 17, 52, 15, 457, TimeSpan.FromHours(7))));
            Assert.That(report.DoneAt?.Offset, Is.EqualTo(TimeSpan.FromHours(7)));
        });
    }

    [TestCase("2023-09-26T10:52:15.457+00:00")]
    [TestCase("2023-09-26T10:52:15.457Z")]
    [TestCase("2023-09-26T12:52:15.457+02:00")]
    [TestCase("2023-09-26T12:52:15.457+0200")]
    public void ISO_timestamps_read_as_the_same_instant(string timestamp)
    {
        var report = ParseOne("{\"sentAt\":\"" + timestamp + "\"}");

        Assert.That(report.SentAt?.UtcDateTime, Is.EqualTo(new DateTime(2023, 9, 26, 10, 52, 15, 457, DateTimeKind.Utc)));
    }

    [Test]
    public void An_unknown_status_group_name_is_kept_and_maps_to_Unknown()
    {
        var report = ParseOne("{\"status\":{\"groupId\":9,\"groupName\":\"SCHEDULED\",\"id\":99,\"name\":\"SCHEDULED_LATER\"}}");

        Assert.Multiple(() =>
        {
            Assert.That(report.Status?.Group, Is.EqualTo(StatusGroup.Unknown));
            Assert.That(report.Status?.GroupName, Is.EqualTo("SCHEDULED"));
            Assert.That(report.Status?.Name, Is.EqualTo("SCHEDULED_LATER"));
        });
    }

    [Test]
    public void An_unknown_error_group_name_is_kept_and_maps_to_Unknown()
    {
        var report = ParseOne("{\"error\":{\"groupId\":7,\"groupName\":\"LINE_ERRORS\",\"id\":4000,\"permanent\":true}}");

        Assert.Multiple(() =>
        {
            Assert.That(report.Error?.Group, Is.EqualTo(ErrorGroup.Unknown));
            Assert.That(report.Error?.GroupName, Is.EqualTo("LINE_ERRORS"));
            Assert.That(report.Error?.Permanent, Is.True);
        });
    }

    [TestCase("ACCEPTED", StatusGroup.Accepted)]
    [TestCase("PENDING", StatusGroup.Pending)]
    [TestCase("UNDELIVERABLE", StatusGroup.Undeliverable)]
    [TestCase("DELIVERED", StatusGroup.Delivered)]
    [TestCase("EXPIRED", StatusGroup.Expired)]
    [TestCase("REJECTED", StatusGroup.Rejected)]
    public void Every_documented_status_group_name_maps_to_its_enum(string groupName, StatusGroup expected) =>
        Assert.That(new DeliveryStatus { GroupName = groupName }.Group, Is.EqualTo(expected));

    [TestCase("OK", ErrorGroup.Ok)]
    [TestCase("HANDSET_ERRORS", ErrorGroup.HandsetErrors)]
    [TestCase("USER_ERRORS", ErrorGroup.UserErrors)]
    [TestCase("OPERATOR_ERRORS", ErrorGroup.OperatorErrors)]
    public void Every_documented_error_group_name_maps_to_its_enum(string groupName, ErrorGroup expected) =>
        Assert.That(new DeliveryError { GroupName = groupName }.Group, Is.EqualTo(expected));

    [Test]
    public void Unknown_properties_are_ignored_so_fields_Infobip_adds_later_do_no_harm()
    {
        var report = ParseOne(
            "{\"messageId\":\"m1\",\"newField\":{\"nested\":[1,2,3]},\"status\":{\"groupName\":\"PENDING\",\"reason\":\"queued\"},\"entityTags\":[\"a\"]}");

        Assert.Multiple(() =>
        {
            Assert.That(report.MessageId, Is.EqualTo("m1"));
            Assert.That(report.Status?.Group, Is.EqualTo(StatusGroup.Pending));
        });
    }

    [Test]
    public void Missing_and_null_properties_read_as_null()
    {
        var report = ParseOne("{\"messageId\":\"m1\",\"price\":null,\"callbackData\":null}");

        Assert.That(report, Is.EqualTo(new DeliveryReport { MessageId = "m1" }));
    }

    [Test]
    public void A_price_keeps_its_exact_decimal_value()
    {
        var report = ParseOne("{\"price\":{\"pricePerMessage\":0.0123456789012345678,\"currency\":\"THB\"}}");

        Assert.That(report.Price?.PricePerMessage, Is.EqualTo(0.0123456789012345678m));
    }

    [Test]
    public void Numbers_written_as_strings_are_read_as_numbers()
    {
        var report = ParseOne("{\"messageCount\":\"2\",\"price\":{\"pricePerMessage\":\"0.15\"},\"error\":{\"permanent\":\"true\"}}");

        Assert.Multiple(() =>
        {
            Assert.That(report.MessageCount, Is.EqualTo(2));
            Assert.That(report.Price?.PricePerMessage, Is.EqualTo(0.15m));
            Assert.That(report.Error?.Permanent, Is.True);
        });
    }

    [Test]
    public void Several_reports_read_in_the_order_of_the_body()
    {
        var reports = DeliveryReportParser.ParseJson("{\"results\":[{\"messageId\":\"a\"},{\"messageId\":\"b\"},{\"messageId\":\"c\"}]}");

        Assert.That(reports.Select(r => r.MessageId), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void An_empty_results_array_reads_as_no_reports()
    {
        Assert.That(DeliveryReportParser.ParseJson("{\"results\":[]}"), Is.Empty);
    }

    [Test]
    public void A_stream_body_reads_like_a_string_body_and_is_left_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DeliveryReportSamples.ReferenceJson));

        var reports = DeliveryReportParser.ParseJson(stream);

        Assert.Multiple(() =>
        {
            Assert.That(reports, Is.EqualTo(new[] { DeliveryReportSamples.ReferenceReport }));
            Assert.That(stream.CanRead, Is.True);
        });
    }

    [TestCase("application/xml")]
    [TestCase("text/xml; charset=utf-8")]
    [TestCase("Application/XML")]
    public void Parse_reads_xml_when_the_content_type_says_xml(string contentType)
    {
        var reports = DeliveryReportParser.Parse(DeliveryReportSamples.ReferenceXml, contentType);

        Assert.That(reports, Is.EqualTo(new[] { DeliveryReportSamples.ReferenceReport }));
    }

    [TestCase("application/json")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("text/plain")]
    [TestCase(null)]
    public void Parse_reads_json_for_any_other_content_type(string? contentType)
    {
        var reports = DeliveryReportParser.Parse(DeliveryReportSamples.ReferenceJson, contentType);

        Assert.That(reports, Is.EqualTo(new[] { DeliveryReportSamples.ReferenceReport }));
    }
}
