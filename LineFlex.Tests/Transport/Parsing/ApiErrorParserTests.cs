namespace LineFlex.Tests.Transport.Parsing;

/// <summary>Every form of HTTP error body Infobip (or a gateway in front of it) answers with reads without throwing.</summary>
public class ApiErrorParserTests
{
    private const string ReferenceApiError = """
        {"errorCode":"E400","description":"Request cannot be processed.",
         "action":"Check the syntax, violations and adjust the request.",
         "violations":[{"property":"messages[0].content.altText","violation":"size must be between 0 and 400"}],
         "resources":[{"name":"API Authentication","url":"https://www.infobip.com/docs/essentials/api-authentication"}]}
        """;

    [Test]
    public void The_reference_ApiError_reads_every_field()
    {
        var body = ApiErrorParser.Parse("application/json", ReferenceApiError);

        Assert.That(body, Is.EqualTo(new ApiErrorBody
        {
            Format = ApiErrorFormat.ApiError,
            ErrorCode = "E400",
            Description = "Request cannot be processed.",
            Action = "Check the syntax, violations and adjust the request.",
            Violations = [new ApiViolation("messages[0].content.altText", "size must be between 0 and 400")],
            Resources = [new ApiResource("API Authentication", "https://www.infobip.com/docs/essentials/api-authentication")],
        }));
    }

    [Test]
    public void Bodies_saying_the_same_are_equal_whatever_lists_hold_them()
    {
        var parsed = ApiErrorParser.Parse("application/json", ReferenceApiError);
        var copy = parsed with { Violations = parsed.Violations.ToList(), Resources = parsed.Resources.ToArray() };

        Assert.Multiple(() =>
        {
            Assert.That(copy, Is.EqualTo(parsed));
            Assert.That(copy.GetHashCode(), Is.EqualTo(parsed.GetHashCode()));
            Assert.That(copy with { Violations = [] }, Is.Not.EqualTo(parsed));
        });
    }

    [Test]
    public void A_well_formed_ApiError_has_no_excerpt()
    {
        Assert.That(ApiErrorParser.Parse("application/json", ReferenceApiError).RawExcerpt, Is.Null);
    }

    [Test]
    public void The_legacy_envelope_reads_one_violation_per_field_message()
    {
        var body = ApiErrorParser.Parse("application/json", """
            {"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"Bad request",
              "validationErrors":{"messages[0].destinations":["must not be empty","size must be 1"],"sender":["must not be blank"]}}}}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.LegacyEnvelope));
            Assert.That(body.ErrorCode, Is.EqualTo("BAD_REQUEST"));
            Assert.That(body.Description, Is.EqualTo("Bad request"));
            Assert.That(body.Violations, Is.EqualTo(new[]
            {
                new ApiViolation("messages[0].destinations", "must not be empty"),
                new ApiViolation("messages[0].destinations", "size must be 1"),
                new ApiViolation("sender", "must not be blank"),
            }));
            Assert.That(body.Resources, Is.Empty);
            Assert.That(body.RawExcerpt, Is.Null);
        });
    }

    [Test]
    public void The_legacy_envelope_without_validation_errors_has_no_violations()
    {
        var body = ApiErrorParser.Parse(null, "{\"requestError\":{\"serviceException\":{\"messageId\":\"UNAUTHORIZED\",\"text\":\"Invalid login details\"}}}");

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.LegacyEnvelope));
            Assert.That(body.ErrorCode, Is.EqualTo("UNAUTHORIZED"));
            Assert.That(body.Violations, Is.Empty);
        });
    }

    [Test]
    public void The_reference_xml_ApiError_reads_every_field()
    {
        var body = ApiErrorParser.Parse("application/xml", """
            <?xml version="1.0" encoding="UTF-8"?><ApiError>
              <errorCode>E401</errorCode>
              <description>The request lacks valid authentication credentials for the requested resource.</description>
              <action>Check the resources and adjust authentication credentials.</action>
              <violations/>
              <resources>
                <resource>
                  <name>API Authentication</name>
                  <url>https://www.infobip.com/docs/essentials/api-authentication</url>
                </resource>
              </resources>
            </ApiError>
            """);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Xml));
            Assert.That(body.ErrorCode, Is.EqualTo("E401"));
            Assert.That(body.Description, Is.EqualTo("The request lacks valid authentication credentials for the requested resource."));
            Assert.That(body.Action, Is.EqualTo("Check the resources and adjust authentication credentials."));
            Assert.That(body.Violations, Is.Empty);
            Assert.That(body.Resources, Is.EqualTo(new[] { new ApiResource("API Authentication", "https://www.infobip.com/docs/essentials/api-authentication") }));
            Assert.That(body.RawExcerpt, Is.Null);
        });
    }

    [Test]
    public void Xml_violations_as_item_elements_under_another_root_are_read()
    {
        var body = ApiErrorParser.Parse("text/xml", """
            <error>
              <errorCode>E400</errorCode>
              <violations>
                <item><property>messages[0].sender</property><violation>must not be blank</violation></item>
                <violation><property>messages[0].to</property><violation>invalid number</violation></violation>
              </violations>
            </error>
            """);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Xml));
            Assert.That(body.ErrorCode, Is.EqualTo("E400"));
            Assert.That(body.Violations, Is.EqualTo(new[]
            {
                new ApiViolation("messages[0].sender", "must not be blank"),
                new ApiViolation("messages[0].to", "invalid number"),
            }));
        });
    }

    [TestCase("text/html; charset=utf-8", "<h1>502 Bad Gateway</h1>")]
    [TestCase(null, "<!DOCTYPE html><html><body>Service Unavailable</body></html>")]
    [TestCase("application/json", "\n  <html><head><title>403 Forbidden</title></head></html>")]
    public void An_html_page_is_Html_with_its_start_kept(string? contentType, string html)
    {
        var body = ApiErrorParser.Parse(contentType, html);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Html));
            Assert.That(body.RawExcerpt, Is.EqualTo(html.TrimStart()));
            Assert.That(body.ErrorCode, Is.Null);
            Assert.That(body.Violations, Is.Empty);
            Assert.That(body.Resources, Is.Empty);
        });
    }

    [Test]
    public void The_excerpt_of_a_huge_html_body_is_bounded_to_500_characters()
    {
        var html = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<p>Gateway timeout</p>", 10_000)) + "</body></html>";

        var body = ApiErrorParser.Parse("text/html", html);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Html));
            Assert.That(body.RawExcerpt, Has.Length.EqualTo(ApiErrorParser.ExcerptLength));
            Assert.That(ApiErrorParser.ExcerptLength, Is.EqualTo(500));
            Assert.That(html, Does.StartWith(body.RawExcerpt!));
        });
    }

    [Test]
    public void The_excerpt_never_splits_a_surrogate_pair()
    {
        var text = new string('x', ApiErrorParser.ExcerptLength - 1) + "😀 and more";

        var body = ApiErrorParser.Parse("text/plain", text);

        Assert.That(body.RawExcerpt, Is.EqualTo(new string('x', ApiErrorParser.ExcerptLength - 1)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \r\n ")]
    public void An_empty_body_is_Empty_with_nothing_else(string? text)
    {
        var body = ApiErrorParser.Parse("application/json", text);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Empty));
            Assert.That(body.RawExcerpt, Is.Null);
            Assert.That(body.Violations, Is.Not.Null.And.Empty);
            Assert.That(body.Resources, Is.Not.Null.And.Empty);
        });
    }

    [Test]
    public void Truncated_json_is_Unreadable_with_its_start_kept()
    {
        var truncated = ReferenceApiError[..80];

        var body = ApiErrorParser.Parse("application/json", truncated);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Unreadable));
            Assert.That(body.RawExcerpt, Is.EqualTo(truncated));
            Assert.That(body.ErrorCode, Is.Null);
            Assert.That(body.Violations, Is.Empty);
        });
    }

    [TestCase("application/json", "{\"message\":\"Internal Server Error\"}")]
    [TestCase("application/json", "[1,2,3]")]
    [TestCase("text/plain", "upstream connect error or disconnect/reset before headers")]
    [TestCase("application/xml", "<ApiError><errorCode>E500</errorCode>")]
    [TestCase("application/xml", "<status>down</status>")]
    [TestCase("application/json", "{\"errorCode\":\"E400\"} trailing")]
    public void Anything_else_is_Unreadable_with_its_start_kept(string contentType, string text)
    {
        var body = ApiErrorParser.Parse(contentType, text);

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.Unreadable));
            Assert.That(body.RawExcerpt, Is.EqualTo(text));
        });
    }

    [Test]
    public void A_json_body_is_read_as_json_even_when_labelled_html()
    {
        var body = ApiErrorParser.Parse("text/html", ReferenceApiError);

        Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.ApiError));
    }

    [Test]
    public void Odd_values_inside_an_ApiError_do_not_break_reading()
    {
        var body = ApiErrorParser.Parse("application/json",
            "{\"errorCode\":401,\"description\":null,\"violations\":{\"not\":\"an array\"},\"resources\":[null,{\"name\":\"Docs\"},7]}");

        Assert.Multiple(() =>
        {
            Assert.That(body.Format, Is.EqualTo(ApiErrorFormat.ApiError));
            Assert.That(body.ErrorCode, Is.EqualTo("401"));
            Assert.That(body.Description, Is.Null);
            Assert.That(body.Violations, Is.Empty);
            Assert.That(body.Resources, Is.EqualTo(new[] { new ApiResource("Docs", string.Empty) }));
        });
    }

    [Test]
    public void A_deeply_nested_body_does_not_throw()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        Assert.That(() => ApiErrorParser.Parse("application/json", text), Throws.Nothing);
    }
}
