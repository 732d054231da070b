using LineFlex.Tests.Transport.Sockets;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>A key goes into a header as it is, so one that cannot be a header value is refused when the client is made.</summary>
public class ApiKeyTests
{
    private const string Injecting = "key-3f9c2a7e\r\nX-Injected: yes";

    [Test]
    public async Task A_key_with_a_line_break_is_refused_before_it_can_inject_a_header()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);

        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(server.BaseUrl.AbsoluteUri, Injecting))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("ApiKey"));
            Assert.That(error.Message, Does.Contain("line break (CR or LF)").And.Contain("position 13 of"));
            Assert.That(error.Message, Does.Not.Contain("key-3f9c2a7e").And.Not.Contain("X-Injected"));
            Assert.That(server.Received, Is.Empty);
        });
    }

    [Test]
    public async Task A_non_ascii_key_is_refused_instead_of_failing_as_a_dropped_connection()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, AcceptedBody);

        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(Options(o =>
        {
            o.BaseUrl = server.BaseUrl.AbsoluteUri;
            o.ApiKey = "kéy-3f9c2a7e5d";
        })))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("non-ASCII character").And.Contain("position 2 of 14"));
            Assert.That(error.Message, Does.Not.Contain("kéy"));
            Assert.That(server.Received, Is.Empty);
        });
    }

    [TestCase("key\n", "line break")]
    [TestCase("key\r", "line break")]
    [TestCase("ke\u0000y", "control character (U+0000)")]
    [TestCase("ke\u007Fy", "control character (U+007F)")]
    [TestCase("ke\ty", "space or tab")]
    [TestCase("ke y", "space or tab")]
    [TestCase("ключ", "non-ASCII")]
    [TestCase("key\u2028", "non-ASCII")]
    public void A_key_that_cannot_be_a_header_value_is_refused_naming_what_is_wrong(string key, string what)
    {
        var error = Assert.Throws<ArgumentException>(() => new LineFlexClient(BaseUrl, key))!;

        Assert.That(error.Message, Does.Contain(what).And.Contain("printable ASCII only"));
    }

    [Test]
    public void A_printable_ascii_key_is_accepted()
    {
        using var client = new LineFlexClient(BaseUrl, "Ab0-_.~+/=!#$%&'*^`|" + ApiKey);

        Assert.That(client.BaseUrl, Is.EqualTo(new Uri(BaseUrl)));
    }
}
