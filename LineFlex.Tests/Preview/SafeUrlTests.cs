namespace LineFlex.Tests.Preview;

/// <summary>Which URLs of a message may become a link or an image in the preview.</summary>
public class SafeUrlTests
{
    [TestCase("https://example.com/track/42")]
    [TestCase("http://127.0.0.1:5080/inbox")]
    [TestCase("http://localhost/x")]
    public void A_web_link_is_linked(string url) => Assert.That(SafeUrl.ForLink(url, out _), Is.Not.Null);

    [TestCase("http://example.com/x", "plain http is shown for loopback hosts only")]
    [TestCase("line://nv/chat", "the line: scheme is not a web link")]
    [TestCase("data:image/png;base64,iVBORw0KGgo=", "the data: scheme is not a web link")]
    [TestCase("https://example.com/a b", "it holds a space or an invisible character")]
    [TestCase("/relative", "it is not a well-formed absolute URL")]
    [TestCase("", "the URL is missing")]
    public void Anything_else_is_not_linked_and_says_why(string url, string reason)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SafeUrl.ForLink(url, out var why), Is.Null);
            Assert.That(why, Is.EqualTo(reason));
        });
    }

    [Test]
    public void A_base64_raster_data_url_is_an_image_but_never_a_link()
    {
        const string png = "data:image/png;base64,iVBORw0KGgo=";

        Assert.Multiple(() =>
        {
            Assert.That(SafeUrl.ForImage(png, out _), Is.EqualTo(png));
            Assert.That(SafeUrl.ForImage("data:image/svg+xml;base64,PHN2Zz4=", out _), Is.Null);
        });
    }
}
