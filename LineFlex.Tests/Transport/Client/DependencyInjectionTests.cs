using Flurl.Http.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Client;

/// <summary><c>services.AddLineFlex(...)</c>: options from configuration, the client injected, calls logged without the key.</summary>
public class DependencyInjectionTests
{
    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LineFlex:BaseUrl"] = BaseUrl,
            ["LineFlex:ApiKey"] = ApiKey,
            ["LineFlex:AttemptTimeout"] = "00:00:05",
            ["LineFlex:OverallTimeout"] = "00:00:20",
            ["LineFlex:MaxRetryAttempts"] = "5",
            ["LineFlex:RetryUnsafeFailures"] = "true",
            ["LineFlex:BulkBatchSize"] = "50",
        })
        .Build();

    [Test]
    public void Options_are_bound_from_the_LineFlex_section()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(Configuration().GetSection(LineFlexOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LineFlexOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo(BaseUrl));
            Assert.That(options.ApiKey, Is.EqualTo(ApiKey));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(options.OverallTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.MaxRetryAttempts, Is.EqualTo(5));
            Assert.That(options.RetryUnsafeFailures, Is.True);
            Assert.That(options.BulkBatchSize, Is.EqualTo(50));
        });
    }

    [Test]
    public async Task A_host_binds_the_LineFlex_section_from_the_root_configuration()
    {
        // As docs/templates.md shows: AddLineFlex(configuration) with the whole configuration.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(Configuration());
        builder.Services.AddLineFlex(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        var options = host.Services.GetRequiredService<IOptions<LineFlexOptions>>().Value;
        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo(BaseUrl));
            Assert.That(options.ApiKey, Is.EqualTo(ApiKey));
            Assert.That(options.MaxRetryAttempts, Is.EqualTo(5));
        });
    }

    [Test]
    public void A_host_with_several_bad_settings_names_them_all_in_one_error()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LineFlex:BaseUrl"] = "https://xxxxx.api.infobip.com/line/1/messages",
            ["LineFlex:MaxRetryAttempts"] = "99",
            ["LineFlex:BulkBatchSize"] = "0",
        });
        builder.Services.AddLineFlex(builder.Configuration.GetSection(LineFlexOptions.SectionName));
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Failures.Count(), Is.EqualTo(4));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.BaseUrl \"https://xxxxx.api.infobip.com/line/1/messages\" has a path"));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.ApiKey is missing"));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.MaxRetryAttempts is 99"));
            Assert.That(error.Message, Does.Contain("LineFlexOptions.BulkBatchSize is 0"));
        });
    }

    [Test]
    public async Task The_injected_client_sends_and_logs_each_call_without_the_key()
    {
        using var http = new HttpTest();
        http.RespondWith(AcceptedBody);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddLineFlex(Configuration().GetSection(LineFlexOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ILineFlexClient>();
        await client.SendAsync(Request());

        http.ShouldHaveCalled(BaseUrl + "/line/1/messages").WithHeader("Authorization", "App " + ApiKey);
        Assert.Multiple(() =>
        {
            Assert.That(logs.Lines, Has.Some.Match(@"POST /line/1/messages answered 200 in \d+ ms"));
            Assert.That(logs.Lines, Has.None.Contain(ApiKey));
        });
    }

    [Test]
    public void Options_set_in_code_are_checked_when_the_client_is_made()
    {
        var services = new ServiceCollection();
        services.AddLineFlex(o => o.BaseUrl = "http://example.com");
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<LineFlexClient>(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("plain HTTP"));
    }

    [Test]
    public void A_host_with_no_api_key_fails_when_it_starts_with_one_clear_message()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLineFlex(o => o.BaseUrl = BaseUrl);
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Is.EqualTo("LineFlexOptions.ApiKey is missing. Set it to an Infobip API key with the line:message:send scope."));
    }

    [Test]
    public void A_host_with_a_bad_url_in_configuration_fails_when_it_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LineFlex:BaseUrl"] = "not a url", ["LineFlex:ApiKey"] = ApiKey });
        builder.Services.AddLineFlex(builder.Configuration.GetSection(LineFlexOptions.SectionName));
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.StartWith("LineFlexOptions.BaseUrl \"not a url\" is not an absolute http(s) URL."));
    }

    [Test]
    public async Task A_host_with_good_options_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLineFlex(o => (o.BaseUrl, o.ApiKey) = (BaseUrl, ApiKey));
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.That(host.Services.GetRequiredService<ILineFlexClient>(), Is.Not.Null);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly CapturingLogger<LineFlexClient> _logger = new();

        public IReadOnlyList<string> Lines => _logger.Lines;

        public ILogger CreateLogger(string categoryName) => _logger;

        public void Dispose()
        {
        }
    }
}
