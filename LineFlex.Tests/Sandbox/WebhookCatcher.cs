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
    private readonly TaskCompletionSource _endlessEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _endlessBytesWritten;

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
        _app.MapPost("/endless", async context =>
        {
            // An answer that never ends: it is written until the poster stops reading and the connection closes.
            var chunk = new byte[64 * 1024];
            context.Response.StatusCode = 200;
            try
            {
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref _endlessBytesWritten, chunk.Length);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                // The poster closed the connection.
            }
            finally
            {
                _endlessEnded.TrySetResult();
            }
        });
    }

    /// <summary>How many bytes of its endless answer <c>/endless</c> wrote before the poster closed the connection.</summary>
    public long EndlessBytesWritten => Interlocked.Read(ref _endlessBytesWritten);

    /// <summary>Completes when <c>/endless</c> stopped writing, the poster having closed the connection.</summary>
    public Task EndlessEnded => _endlessEnded.Task;

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
