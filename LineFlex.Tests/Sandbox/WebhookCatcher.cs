using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LineFlex.Tests.Sandbox;

/// <summary>A tiny web server on 127.0.0.1 that records every delivery webhook posted to it.</summary>
internal sealed class WebhookCatcher : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CaughtWebhook> _caught = new();

    private WebhookCatcher(WebApplication app)
    {
        _app = app;
        _app.MapPost("/delivery-reports", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _caught.Enqueue(new CaughtWebhook(context.Request.ContentType ?? string.Empty, await reader.ReadToEndAsync()));
            context.Response.StatusCode = 200;
        });
        _app.MapPost("/redirect", context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "/delivery-reports";
            return Task.CompletedTask;
        });
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The catcher's URL for <paramref name="path"/>, such as <c>/redirect</c>.</summary>
    public Uri UrlOf(string path) => new(Url, path);

    public IReadOnlyList<CaughtWebhook> Caught => [.. _caught];

    public static async Task<WebhookCatcher> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var catcher = new WebhookCatcher(builder.Build());
        await catcher._app.StartAsync();
        var address = catcher._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        catcher.Url = new Uri(address.TrimEnd('/') + "/delivery-reports");
        return catcher;
    }

    /// <summary>Polls (at most <paramref name="timeout"/>) until <paramref name="count"/> webhooks arrived.</summary>
    public async Task<IReadOnlyList<CaughtWebhook>> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_caught.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Caught;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record CaughtWebhook(string ContentType, string Body);
