using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>
/// A tiny Kestrel server on 127.0.0.1 that answers every request with the delegate it was started with, for the
/// misbehaviours the sandbox does not play (a redirect, an echoed header, a huge body). It records the
/// headers of every request that reached it.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IHeaderDictionary> _received = new();

    private LoopbackServer(WebApplication app, RequestDelegate answer)
    {
        _app = app;
        _app.Run(async context =>
        {
            _received.Enqueue(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
            await answer(context);
        });
    }

    /// <summary>The server's base URL, ending in a slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The headers of every request that reached the server, in order.</summary>
    public IReadOnlyList<IHeaderDictionary> Received => [.. _received];

    public static async Task<LoopbackServer> StartAsync(RequestDelegate answer)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.AddServerHeader = false;
        });
        var server = new LoopbackServer(builder.Build(), answer);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answers with <paramref name="status"/>, a JSON content type and <paramref name="body"/>.</summary>
    public static Task<LoopbackServer> AnsweringAsync(int status, string body, string contentType = "application/json") =>
        StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
