using LineFlex.Tests.Transport.Client;
using Microsoft.AspNetCore.Http;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>A server that echoes the Authorization header into what it answers: the key must not reach any text.</summary>
public class KeyEchoTests
{
    private static Task<LoopbackServer> Echoing(int status, string contentType, Func<string, string> body) =>
        LoopbackServer.StartAsync(async context =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers["Deprecation"] = "see " + authorization;
            await context.Response.WriteAsync(body(authorization));
        });

    private static IEnumerable<TestCaseData> Echoes()
    {
        yield return new TestCaseData(401, "application/json", (Func<string, string>)(auth =>
            $$"""{"errorCode":"E401","description":"Invalid header Authorization: {{auth}}","action":"Check {{auth}}","violations":[{"property":"{{auth}}","violation":"not valid: {{auth}}"}]}"""))
            .SetName("An echo in a JSON error is redacted");
        yield return new TestCaseData(502, "text/html", (Func<string, string>)(auth => $"<html><body>Bad gateway for {auth}</body></html>"))
            .SetName("An echo in an HTML page is redacted");
        yield return new TestCaseData(500, "text/plain", (Func<string, string>)(auth => $"upstream refused {auth}"))
            .SetName("An echo in a plain text body is redacted");
        yield return new TestCaseData(200, "application/json", (Func<string, string>)(auth => $$"""{"bulkId":{{auth}}}"""))
            .SetName("An echo in an unreadable success is redacted");
    }

    [TestCaseSource(nameof(Echoes))]
    public async Task The_key_echoed_by_a_server_never_reaches_an_error_or_a_log_line(int status, string contentType, Func<string, string> body)
    {
        await using var server = await Echoing(status, contentType, body);
        var logger = new CapturingLogger<LineFlexClient>();
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.LogMessageContent = true;
        }), logger);

        var error = Assert.CatchAsync<LineFlexException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(server.Received.Single()["Authorization"].ToString(), Is.EqualTo("App " + ApiKey));
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
            Assert.That(logger.Lines, Has.None.Contain(ApiKey));
            Assert.That(ObjectGraph.Texts(error), status == 200 ? Has.Some.Contain("is not the expected JSON") : Has.Some.Contain("App [redacted]"));
        });
    }

    [Test]
    public async Task An_echo_in_a_delivery_report_pull_is_redacted()
    {
        await using var server = await Echoing(200, "text/html", auth => $"<html>hello {auth}</html>");
        using var client = new LineFlexClient(Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri));

        var error = Assert.ThrowsAsync<LineFlexResponseException>(() => client.GetDeliveryReportsAsync())!;

        Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
    }
}
