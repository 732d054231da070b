using System.Globalization;
using System.Text;
using LineFlex.Tests.Transport.Client;
using Microsoft.AspNetCore.Http;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>
/// A server that echoes the Authorization header back escaped, as JSON (<c>\u0061</c>) or XML (<c>&amp;#97;</c>,
/// <c>&amp;#x61;</c>) may write any character: once decoded, or even as written, the key must reach no text
/// (messages, violations, results, log lines, activity tags).
/// </summary>
public class EscapedKeyEchoTests
{
    /// <summary>How a server may write the echoed text; each one decodes back to the text in its format.</summary>
    public enum Escaping
    {
        JsonEveryCharacter,
        JsonEveryOtherCharacter,
        JsonUpperCaseHex,
        XmlDecimal,
        XmlHex,
        XmlMixed,
    }

    private static string Escape(string text, Escaping escaping)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            escaped.Append(escaping switch
            {
                Escaping.JsonEveryCharacter => $"\\u{c:x4}",
                Escaping.JsonEveryOtherCharacter => i % 2 == 0 ? $"\\u{c:x4}" : text[i].ToString(),
                Escaping.JsonUpperCaseHex => $"\\u{c:X4}",
                Escaping.XmlDecimal => $"&#{c.ToString(CultureInfo.InvariantCulture)};",
                Escaping.XmlHex => $"&#x{c:x};",
                _ => i % 3 == 0 ? $"&#{c.ToString(CultureInfo.InvariantCulture)};" : i % 3 == 1 ? $"&#x{c:X};" : text[i].ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool IsJson(Escaping escaping) => escaping is Escaping.JsonEveryCharacter or Escaping.JsonEveryOtherCharacter or Escaping.JsonUpperCaseHex;

    /// <summary>An Infobip error naming the echoed header (already escaped) in its description, action and a violation.</summary>
    private static string ErrorBody(string echo, Escaping escaping) => IsJson(escaping)
        ? $$"""{"errorCode":"E400","description":"Bad header {{echo}}","action":"Check {{echo}}","violations":[{"property":"{{echo}}","violation":"not valid: {{echo}}"}]}"""
        : $"<ApiError><errorCode>E400</errorCode><description>Bad header {echo}</description><action>Check {echo}</action><violations><violation><property>{echo}</property><violation>not valid: {echo}</violation></violation></violations></ApiError>";

    private static Task<LoopbackServer> Echoing(int status, Func<string, string> body, string contentType = "application/json") =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body(context.Request.Headers.Authorization.ToString()));
        });

    [TestCase(Escaping.JsonEveryCharacter)]
    [TestCase(Escaping.JsonEveryOtherCharacter)]
    [TestCase(Escaping.JsonUpperCaseHex)]
    [TestCase(Escaping.XmlDecimal)]
    [TestCase(Escaping.XmlHex)]
    [TestCase(Escaping.XmlMixed)]
    public async Task An_escaped_echo_in_an_error_reaches_neither_the_exception_nor_the_log(Escaping escaping)
    {
        await using var server = await Echoing(400, auth => ErrorBody(Escape(auth, escaping), escaping), IsJson(escaping) ? "application/json" : "application/xml");
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.LogMessageContent = true;
        }), logger);

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Body.Format, Is.EqualTo(IsJson(escaping) ? ApiErrorFormat.ApiError : ApiErrorFormat.Xml), "the body is still read");
            Assert.That(error.Description, Is.EqualTo("Bad header App [redacted]"));
            Assert.That(error.Action, Is.EqualTo("Check App [redacted]"));
            Assert.That(error.Violations, Is.EqualTo(new[] { new ApiViolation("App [redacted]", "not valid: App [redacted]") }));
            Assert.That(error.Message, Does.Contain("Bad header App [redacted]").And.Contain("App [redacted]: not valid: App [redacted]"));
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
            Assert.That(logger.Lines, Has.None.Contain(ApiKey));
        });
    }

    [TestCase(Escaping.XmlDecimal)]
    [TestCase(Escaping.XmlHex)]
    [TestCase(Escaping.JsonEveryCharacter)]
    public async Task An_escaped_echo_in_a_page_that_is_not_an_error_is_not_quoted_even_as_written(Escaping escaping)
    {
        // The page is never decoded, so its excerpt would show the key as the server wrote it.
        await using var server = await Echoing(502, auth => $"<html><body>Bad gateway for {Escape(auth, escaping)}</body></html>", "text/html");
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri));

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.RawBodyExcerpt, Is.EqualTo($"<html><body>Bad gateway for {Escape("App ", escaping)}[redacted]</body></html>"));
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(Escape(ApiKey, escaping)).And.None.Contain(ApiKey));
        });
    }

    [TestCase(Escaping.JsonEveryCharacter)]
    [TestCase(Escaping.JsonEveryOtherCharacter)]
    public async Task An_escaped_echo_in_an_accepted_send_reaches_neither_the_result_nor_the_log_nor_the_trace(Escaping escaping)
    {
        await using var server = await Echoing(200, auth =>
        {
            var echo = Escape(auth, escaping);
            return $$$"""{"bulkId":"{{{echo}}}","messages":[{"messageId":"{{{echo}}}","destination":"{{{echo}}}","status":{"groupId":1,"groupName":"{{{echo}}}","id":7,"name":"{{{echo}}}","description":"{{{echo}}}","action":"{{{echo}}}"}}]}""";
        });
        var logger = new CapturingLogger<LineFlexClient>();
        using var telemetry = TelemetryCapture.ForStaticMeter(server.BaseUrl.Port);
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.LogMessageContent = true;
        }), logger);

        var result = await client.SendAsync(Request());

        var activity = telemetry.Activities.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.BulkId, Is.EqualTo("App [redacted]"));
            Assert.That(result.Messages.Single().MessageId, Is.EqualTo("App [redacted]"));
            Assert.That(ObjectGraph.Texts(result), Has.None.Contain(ApiKey));
            Assert.That(activity.GetTagItem("lineflex.bulk_id"), Is.EqualTo("App [redacted]"));
            Assert.That(activity.TagObjects.Select(t => t.Value?.ToString()), Has.None.Contain(ApiKey));
            Assert.That(logger.Lines, Has.Some.Contain("answer body:"));
            Assert.That(logger.Lines, Has.None.Contain(ApiKey).And.None.Contain(Escape(ApiKey, escaping)));
        });
    }

    [Test]
    public async Task An_escaped_echo_in_a_delivery_report_reaches_no_field_of_it()
    {
        await using var server = await Echoing(200, auth =>
        {
            var echo = Escape(auth, Escaping.JsonEveryCharacter);
            return $$$"""{"results":[{"bulkId":"{{{echo}}}","messageId":"{{{echo}}}","to":"{{{echo}}}","sender":"{{{echo}}}","mccMnc":"{{{echo}}}","callbackData":"{{{echo}}}","campaignReferenceId":"{{{echo}}}","price":{"pricePerMessage":0.1,"currency":"{{{echo}}}"},"status":{"groupId":3,"groupName":"{{{echo}}}","id":5,"name":"{{{echo}}}","description":"{{{echo}}}","action":"{{{echo}}}"},"error":{"groupId":0,"groupName":"{{{echo}}}","id":0,"name":"{{{echo}}}","description":"{{{echo}}}","permanent":false},"platform":{"entityId":"{{{echo}}}","applicationId":"{{{echo}}}"}}]}""";
        });
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri));

        var reports = await client.GetDeliveryReportsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reports.Single().MessageId, Is.EqualTo("App [redacted]"));
            Assert.That(reports.Single().Platform?.ApplicationId, Is.EqualTo("App [redacted]"));
            Assert.That(ObjectGraph.Texts(reports), Has.None.Contain(ApiKey));
        });
    }

    [Test]
    public async Task A_key_echoed_in_a_property_name_of_an_unreadable_success_is_not_quoted()
    {
        // The key alone, without "App " before it: nothing shaped like a credential gives it away once decoded.
        await using var server = await Echoing(200, auth => $$"""{"{{Escape(auth["App ".Length..], Escaping.JsonEveryCharacter)}}":[}""");
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri));

        var error = Assert.ThrowsAsync<LineFlexResponseException>(() => client.SendAsync(Request()))!;

        Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
    }
}
