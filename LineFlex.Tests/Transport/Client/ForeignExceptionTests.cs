using Flurl.Http.Testing;
using LineFlex.Sandbox;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary>Every failure of a call is a LineFlex exception, and none carries the key, a header or a request object.</summary>
public class ForeignExceptionTests
{
    private static LineRequest WithNullMessage() => Request() with { Messages = [Request().Messages![0], null!] };

    private static LineMessage WithUndefinedSize(LineMessage message) =>
        message with { Content = message.Content! with { Contents = message.Content.Contents! with { Size = (BubbleSize)99 } } };

    private static void AssertHoldsNoSecret(Exception error)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
            Assert.That(ObjectGraph.Types(error), Has.None.Property("Namespace").StartsWith("Flurl"));
            Assert.That(ObjectGraph.Types(error), Has.None.AssignableTo<HttpRequestMessage>().And.None.AssignableTo<System.Net.Http.Headers.HttpHeaders>());
        });
    }

    [Test]
    public void A_tree_that_cannot_be_written_is_a_lineflex_error_that_holds_no_key_and_sends_nothing()
    {
        using var http = new HttpTest();
        using var client = new LineFlexClient(Options());

        var error = Assert.CatchAsync<LineFlexException>(() => client.SendAsync(WithNullMessage(), SendOptions.WithoutValidation))!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<LineFlexSerializationException>());
            Assert.That(error.Message, Does.Contain("'messages[1]' is null").And.Contain("Nothing was sent"));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.Zero);
        });
        AssertHoldsNoSecret(error);
        http.ShouldNotHaveMadeACall();
    }

    [Test]
    public void An_undefined_enum_value_is_a_serialization_error_naming_the_value()
    {
        using var http = new HttpTest();
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexSerializationException>(() => client.SendAsync(WithUndefinedSize(Request().Messages![0]), SendOptions.WithoutValidation))!;

        Assert.That(error.Message, Does.Contain("99 is not a defined BubbleSize"));
        AssertHoldsNoSecret(error);
    }

    [Test]
    public void A_tree_that_cannot_be_written_is_refused_by_its_findings_when_validation_is_on()
    {
        // The request is written before it is validated (so LF507 reads each bubble's bytes as written); its findings still come first.
        using var http = new HttpTest();
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<FlexValidationException>(() => client.SendAsync(WithUndefinedSize(Request().Messages![0])))!;

        Assert.That(error.Errors.Select(e => (e.Code, e.Path)), Does.Contain(("LF415", "messages[0].content.contents.size")));
        http.ShouldNotHaveMadeACall();
    }

    [Test]
    public void A_bubble_over_30_kb_is_refused_with_its_size_and_heaviest_parts_before_anything_is_sent()
    {
        using var http = new HttpTest();
        using var client = new LineFlexClient(Options());
        var message = Request().Messages![0];
        var heavy = Flex.Bubble().Body(b => b.Rows(Enumerable.Range(0, 40), (row, i) => row.Text(new string('x', 900)))).Build();
        var request = Request() with { Messages = [message, message with { Content = message.Content! with { Contents = heavy } }] };

        var error = Assert.ThrowsAsync<FlexValidationException>(() => client.SendAsync(request))!;

        var size = error.Errors.Single(e => e.Code == "LF507");
        Assert.Multiple(() =>
        {
            Assert.That(size.Path, Is.EqualTo("messages[1].content.contents"));
            Assert.That(size.Message, Does.Contain($"{heavy.Measure().TotalBytes:N0} bytes").And.Contain("The heaviest parts: body ").And.Contain("body.contents[0]"));
        });
        http.ShouldNotHaveMadeACall();
    }

    [Test]
    public void An_unexpected_failure_below_lineflex_is_a_transport_error_without_the_request()
    {
        using var http = new HttpTest();
        http.SimulateException(new InvalidOperationException("The handler broke; header was Authorization: App " + ApiKey));
        using var client = new LineFlexClient(Options());

        var error = Assert.ThrowsAsync<LineFlexTransportException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(TransportFailure.Other));
            Assert.That(error.MayHaveBeenDelivered, Is.True);
            Assert.That(error.Message, Does.Contain("InvalidOperationException: The handler broke; header was Authorization: App [redacted]"));
        });
        AssertHoldsNoSecret(error);
    }

    [Test]
    public async Task One_message_that_cannot_be_written_fails_alone_and_the_rest_of_the_bulk_is_sent()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, DeliveryDelay = TimeSpan.FromHours(1) });
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
            o.ValidateBeforeSending = false;
            o.BulkBatchSize = 10;
        }));
        var messages = Enumerable.Range(0, 30).Select(i => Request().Messages![0] with { Destinations = [new LineDestination { To = $"668555{i:D5}", MessageId = $"m-{i}" }] }).ToList();
        messages[13] = WithUndefinedSize(messages[13]);

        var outcome = await client.SendAllAsync(messages);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 30)));
            Assert.That(outcome.Accepted, Is.EqualTo(29));
            Assert.That(outcome.Items[13].Error, Is.TypeOf<LineFlexSerializationException>());
            Assert.That(outcome.Items[13].Status, Is.EqualTo(BulkItemStatus.Failed));
            Assert.That(sandbox.Accepted.Select(a => a.MessageId), Is.EquivalentTo(Enumerable.Range(0, 30).Where(i => i != 13).Select(i => $"m-{i}")));
        });
        AssertHoldsNoSecret(outcome.Items[13].Error!);
    }
}
