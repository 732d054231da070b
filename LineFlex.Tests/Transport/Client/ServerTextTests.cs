using Flurl.Http.Testing;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>Text from a server is redacted of credentials and quoted in messages only as a short excerpt.</summary>
public class ServerTextTests
{
    private HttpTest _http = null!;

    [SetUp]
    public void StartFaking() => _http = new HttpTest();

    [TearDown]
    public void StopFaking() => _http.Dispose();

    [TestCase("Authorization: App 0123456789abcdef0123-4567", "Authorization: App [redacted]")]
    [TestCase("token Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln was refused", "token Bearer [redacted] was refused")]
    [TestCase("Basic dXNlcm5hbWU6cGFzc3dvcmQ= is not allowed", "Basic [redacted] is not allowed")]
    [TestCase("Basic authentication failed for the app configuration", "Basic authentication failed for the app configuration")]
    [TestCase("the key test-api-key-3f9c2a7e5d is unknown", "the key [redacted] is unknown")]
    public void Credentials_and_the_key_are_redacted_and_ordinary_words_are_not(string text, string expected) =>
        Assert.That(new ServerText(ApiKey).Redact(text), Is.EqualTo(expected));

    [TestCase(@"{""d"":""\u0074\u0065\u0073\u0074-api-key-3f9c2a7e5d""}", @"{""d"":""[redacted]""}")]
    [TestCase("key=test%2Dapi%2dkey-3f9c2a7e5d;", "key=[redacted];")]
    [TestCase("k=%74%65%73%74-api-key-3f9c2a7e5d", "k=[redacted]")]
    [TestCase("<p>&#116;&#x65;&#X73;&#0116;-api-key-3f9c2a7e5d</p>", "<p>[redacted]</p>")]
    [TestCase("test-api-key-3f9c2a7e5dtest-api-key-3f9c2a7e5d", "[redacted][redacted]")]
    [TestCase("test-api-key-3f9c2a7e5", "test-api-key-3f9c2a7e5")]
    public void The_key_is_redacted_in_every_form_a_server_may_write_it(string text, string expected) =>
        Assert.That(new ServerText(ApiKey).Redact(text), Is.EqualTo(expected));

    [Test]
    public void A_key_with_characters_that_json_and_xml_escape_by_name_is_redacted_in_those_forms() =>
        Assert.That(new ServerText("abc/def\"ghi&jkl<mn").Redact(@"x abc\/def\""ghi&amp;jkl&lt;mn y abc/def&quot;ghi&#38;jkl%3Cmn"), Is.EqualTo("x [redacted] y [redacted]"));

    [TestCase("k", "Check the API key. App k was refused.", "Check the API key. App [redacted] was refused.")]
    [TestCase("k", "k-means and keys", "[redacted]-means and keys")]
    [TestCase("any-key", "the many-keyed any-key, any-keys", "the many-keyed [redacted], any-keys")]
    [TestCase("any-key", @"App \u0061ny-key", "App [redacted]")]
    public void A_key_shorter_than_a_secret_is_redacted_only_as_a_whole_word(string key, string text, string expected) =>
        Assert.That(new ServerText(key).Redact(text), Is.EqualTo(expected));

    [Test]
    public void A_credential_in_an_error_description_is_redacted_from_the_message_and_the_body()
    {
        _http.RespondWith("""{"errorCode":"E401","description":"Refused Bearer abcdefghijklmnop0123456789 from upstream"}""", 401);
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Description, Is.EqualTo("Refused Bearer [redacted] from upstream"));
            Assert.That(error.Message, Does.Contain("Refused Bearer [redacted] from upstream").And.Not.Contain("abcdefghijklmnop"));
        });
    }

    [Test]
    public void A_huge_description_and_property_name_are_quoted_as_short_excerpts_in_the_message()
    {
        // An error body is read up to 64 KB, so this is about as much as one can say.
        var description = new string('d', 30_000);
        var property = new string('p', 500);
        var violations = string.Join(',', Enumerable.Range(0, 50).Select(i => $$"""{"property":"{{property}}","violation":"bad {{i}}"}"""));
        _http.RespondWith($$"""{"errorCode":"E400","description":"{{description}}","violations":[{{violations}}]}""", 400);
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Has.Length.LessThan(4_000));
            Assert.That(error.Message, Does.Contain(new string('d', ServerText.ExcerptLength - 3) + "..."));
            Assert.That(error.Message, Does.Contain("... and 40 more (see Violations)"));
            Assert.That(error.Message.Split('\n').Max(line => line.Length), Is.LessThanOrEqualTo(ServerText.ExcerptLength + 100));
        });
    }

    [Test]
    public void An_error_body_is_read_up_to_64_kilobytes_and_cut_there()
    {
        _http.RespondWith($$"""{"errorCode":"E400","description":"{{new string('d', 200_000)}}"}""", 400);
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexApiException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Body.Format, Is.EqualTo(ApiErrorFormat.Unreadable));
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.RawBodyExcerpt, Has.Length.EqualTo(ApiErrorParser.ExcerptLength));
        });
    }

    [Test]
    public async Task A_send_result_is_redacted_down_to_the_last_text_of_its_last_message_and_a_clean_one_is_kept()
    {
        const string Accepted = """{"bulkId":"b-1","messages":[{"destination":"66855538125","messageId":"m-1","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED","description":"Message sent to next instance"}}""";
        _http.RespondWith(Accepted + "]}");
        _http.RespondWith(Accepted + $$$""",{"destination":"66855538126","messageId":"m-2","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED","description":"ok","action":"retry with {{{ApiKey}}}"}}]}""");
        using var client = new LineFlexClient(Options());

        var clean = await client.SendAsync(Request());
        var holding = await client.SendAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(clean, Is.EqualTo(new SendResult("b-1", ValueList.From([new SentMessage("m-1", "66855538125", new MessageStatus(1, "PENDING", 26, "PENDING_ACCEPTED", "Message sent to next instance", null))]))));
            Assert.That(holding.Messages[1].Status!.Action, Is.EqualTo("retry with [redacted]"));
            Assert.That(holding.Messages[0], Is.EqualTo(clean.Messages[0]));
        });
    }

    [Test]
    public void An_excerpt_never_splits_a_surrogate_pair_and_stays_on_one_line()
    {
        var text = new string('a', 198) + "😀" + "\nmore";

        var excerpt = FlexLimits.Excerpt(text, 200);

        Assert.That(excerpt, Is.EqualTo(new string('a', 197) + "..."));
        Assert.That(FlexLimits.Excerpt("one\ntwo", ServerText.ExcerptLength), Is.EqualTo("one\\ntwo"));
    }
}
