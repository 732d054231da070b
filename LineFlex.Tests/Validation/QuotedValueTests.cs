namespace LineFlex.Tests.Validation;

/// <summary>A refused text value is quoted the same way in every message: its name, the value in quotes, then why.</summary>
public class QuotedValueTests
{
    private static IEnumerable<TestCaseData> Refused()
    {
        yield return Case(
            m => m with { Destinations = [new LineDestination { To = "+66 85" }] },
            "messages[0].destinations[0].to",
            "to \"+66 85\" is not a phone number in international form; write digits only, without '+', spaces or dashes (66855538125).");
        yield return Case(
            m => m with { Webhooks = new MessageWebhooks { ContentType = "text/plain" } },
            "messages[0].webhooks.contentType",
            "contentType \"text/plain\" is not one Infobip sends; use application/json or application/xml.");
        yield return Case(
            m => m with { Webhooks = new MessageWebhooks { Delivery = new DeliveryWebhook { Url = "ftp://example.com/dlr" } } },
            "messages[0].webhooks.delivery.url",
            "url \"ftp://example.com/dlr\" is not an absolute http(s) URL that Infobip can post delivery reports to.");
        yield return Case(
            m => m with { Content = m.Content! with { Contents = m.Content.Contents! with { Action = Minimal.Link with { Uri = "ftp://example.com" } } } },
            "messages[0].content.contents.action.uri",
            "uri \"ftp://example.com\" does not use one of the schemes LINE opens: http, https, line or tel.");

        static TestCaseData Case(Func<LineMessage, LineMessage> change, string path, string message) =>
            new TestCaseData(change, path, message).SetArgDisplayNames(path);
    }

    [TestCaseSource(nameof(Refused))]
    public void A_refused_value_is_quoted_with_the_fix(Func<LineMessage, LineMessage> change, string path, string message)
    {
        var finding = LonGuidelinesOff.Validator().Validate(Minimal.WithMessage(change)).Findings.Single();

        Assert.That((finding.Path, finding.Message), Is.EqualTo((path, message)));
    }
}
