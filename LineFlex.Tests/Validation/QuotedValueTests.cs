namespace LineFlex.Tests.Validation;

/// <summary>A refused text value is quoted the same way in every message: its name, the value in quotes, then why.</summary>
public class QuotedValueTests
{
    private static FlexFinding Single(Action<MessageBuilder> change)
    {
        var message = Flex.Message().Sender("acme").To("66812345678").AltText("Order shipped").Bubble(b => b.Body(body => body.Text("Hi")));
        change(message);
        return new FlexValidator().Validate(message.Build()).Findings.Single();
    }

    [Test]
    public void A_phone_number_with_a_plus_is_quoted_with_the_fix()
    {
        var finding = Single(m => m.To("+66 85"));

        Assert.That((finding.Path, finding.Message), Is.EqualTo((
            "destinations[1].to",
            "to \"+66 85\" is not a phone number in international form; write digits only, without '+', spaces or dashes (66855538125).")));
    }

    [Test]
    public void A_webhook_content_type_Infobip_does_not_send_is_quoted()
    {
        var finding = Single(m => m.Webhooks(w => w.ContentType("text/plain")));

        Assert.That((finding.Path, finding.Message), Is.EqualTo((
            "webhooks.contentType",
            "contentType \"text/plain\" is not one Infobip sends; use application/json or application/xml.")));
    }

    [Test]
    public void A_delivery_url_that_is_not_http_is_quoted()
    {
        var finding = Single(m => m.Webhooks(w => w.Delivery("ftp://example.com/dlr")));

        Assert.That((finding.Path, finding.Message), Is.EqualTo((
            "webhooks.delivery.url",
            "url \"ftp://example.com/dlr\" is not an absolute http(s) URL that Infobip can post delivery reports to.")));
    }

    [Test]
    public void An_action_uri_LINE_does_not_open_is_quoted()
    {
        var finding = new FlexValidator().Validate(Flex.Uri("Open", "ftp://example.com")).Findings.Single();

        Assert.That((finding.Path, finding.Message), Is.EqualTo((
            "uri",
            "uri \"ftp://example.com\" does not use one of the schemes LINE opens: http, https, line or tel.")));
    }
}
