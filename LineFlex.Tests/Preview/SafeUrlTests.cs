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

    [TestCase("https://user:secret@example.com/logo.png")]
    [TestCase("https://user@example.com/logo.png")]
    [TestCase("https://@example.com/logo.png")]
    [TestCase("http://admin:admin@127.0.0.1:5080/x")]
    public void A_url_with_a_user_name_or_password_is_neither_loaded_nor_linked(string url)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SafeUrl.ForImage(url, out var image), Is.Null);
            Assert.That(image, Is.EqualTo("it holds a user name or password before the host, which the preview never sends"));
            Assert.That(SafeUrl.ForLink(url, out var link), Is.Null);
            Assert.That(link, Is.EqualTo(image));
        });
    }

    [Test]
    public void An_at_sign_after_the_host_is_no_credential() =>
        Assert.That(SafeUrl.ForImage("https://example.com/people/@ann.png", out _), Is.EqualTo("https://example.com/people/@ann.png"));

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
