using Flurl.Http;
using LineFlex.Tests.Transport.Client;
using Microsoft.Extensions.DependencyInjection;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>
/// A redirect is never followed, however the client was made: the message and the key go to the base URL
/// only, and a 3xx is a typed error naming the status and the Location.
/// </summary>
public class RedirectTests
{
    private LoopbackServer _elsewhere = null!;
    private LoopbackServer _redirecting = null!;
    private readonly List<IDisposable> _owned = [];

    private Uri Target => new(_elsewhere.BaseUrl, "line/1/messages");

    [SetUp]
    public async Task StartServers()
    {
        _elsewhere = await LoopbackServer.AnsweringAsync(200, AcceptedBody);
        _redirecting = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = new Uri(_elsewhere.BaseUrl, context.Request.Path.Value!.TrimStart('/')).AbsoluteUri;
            return Task.CompletedTask;
        });
    }

    [TearDown]
    public async Task StopServers()
    {
        _owned.ForEach(o => o.Dispose());
        await _redirecting.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> Constructions()
    {
        yield return new TestCaseData((Func<RedirectTests, LineFlexClient>)(t => new LineFlexClient(t._redirecting.BaseUrl.AbsoluteUri, ApiKey)), 307)
            .SetName("A client made from a URL and a key does not follow a 307");
        yield return new TestCaseData((Func<RedirectTests, LineFlexClient>)(t => new LineFlexClient(t.Options())), 307)
            .SetName("A client made from options does not follow a 307");
        yield return new TestCaseData((Func<RedirectTests, LineFlexClient>)(t => new LineFlexClient(t.Own(new HttpClient()), t.Options())), null)
            .SetName("A client over an HttpClient that follows redirects does not send the message on");
        yield return new TestCaseData((Func<RedirectTests, LineFlexClient>)(t => new LineFlexClient(t.Own(new FlurlClient()), t.Options())), 307)
            .SetName("A client over a Flurl client that follows redirects does not follow a 307");
        yield return new TestCaseData((Func<RedirectTests, LineFlexClient>)(t => t.FromServices()), 307)
            .SetName("A client from dependency injection does not follow a 307");
    }

    [TestCaseSource(nameof(Constructions))]
    public void A_307_to_another_port_is_a_typed_error_and_the_other_server_never_gets_a_request(Func<RedirectTests, LineFlexClient> make, int? status)
    {
        var client = Own(make(this));

        var error = Assert.ThrowsAsync<LineFlexRedirectException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.Location, Is.EqualTo(Target.AbsoluteUri));
            Assert.That(error.Message, Does.Contain(Target.AbsoluteUri).And.Contain("does not follow redirects"));
            Assert.That(error.MayHaveBeenDelivered, Is.False);
            Assert.That(error.Attempts, Is.EqualTo(1));
            Assert.That(_redirecting.Received, Has.Count.EqualTo(1));
            Assert.That(_elsewhere.Received, Is.Empty);
        });
    }

    [Test]
    public void A_delivery_report_pull_does_not_follow_a_redirect_either()
    {
        var client = Own(new LineFlexClient(Options()));

        var error = Assert.ThrowsAsync<LineFlexRedirectException>(() => client.GetDeliveryReportsAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(307));
            Assert.That(error.Location, Is.EqualTo(new Uri(_elsewhere.BaseUrl, "line/1/reports").AbsoluteUri));
            Assert.That(_elsewhere.Received, Is.Empty);
        });
    }

    [Test]
    public async Task A_location_that_carries_the_key_is_redacted()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "https://elsewhere.example/login?key=" + ApiKey;
            return Task.CompletedTask;
        });
        var client = Own(new LineFlexClient(TransportTestData.Options(o => o.BaseUrl = server.BaseUrl.AbsoluteUri)));

        var error = Assert.ThrowsAsync<LineFlexRedirectException>(() => client.SendAsync(Request()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(302));
            Assert.That(error.Location, Is.EqualTo("https://elsewhere.example/login?key=[redacted]"));
            Assert.That(ObjectGraph.Texts(error), Has.None.Contain(ApiKey));
        });
    }

    private LineFlexOptions Options() => TransportTestData.Options(o => o.BaseUrl = _redirecting.BaseUrl.AbsoluteUri);

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private LineFlexClient FromServices()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(o =>
        {
            o.BaseUrl = _redirecting.BaseUrl.AbsoluteUri;
            o.ApiKey = ApiKey;
        });
        var provider = Own(services.BuildServiceProvider());
        return provider.GetRequiredService<LineFlexClient>();
    }
}
