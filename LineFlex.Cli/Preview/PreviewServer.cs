using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LineFlex.Cli;

/// <summary>
/// Serves the latest preview page of <c>lineflex preview --watch</c> on 127.0.0.1 only, and reloads it in the browser
/// when a new one is published: <c>/</c> is a frame around <c>/gallery</c> (the script-free preview itself), with a
/// small script that polls <c>/version</c> and reloads the frame when it changes. Requests addressed to any host but
/// this machine are refused (421), so a web page elsewhere cannot read the preview through a rebound name.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The page's script: polls <c>/version</c> every second and reloads the preview when it changes.</summary>
    public const string Script = """
        let seen = null;
        async function poll() {
          try {
            const version = await (await fetch('/version', { cache: 'no-store' })).text();
            if (seen !== null && version !== seen) {
              document.getElementById('preview').contentWindow.location.reload();
            }
            seen = version;
          } catch (e) {
            // The tool was stopped or is rebuilding; try again.
          }
          setTimeout(poll, 1000);
        }
        poll();
        """;

    private const string Frame = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>LineFlex templates (watching)</title>
        <style>html,body{margin:0;height:100%}iframe{display:block;border:0;width:100%;height:100%}</style>
        </head>
        <body>
        <iframe id="preview" src="/gallery" title="The templates"></iframe>
        <script src="/watch.js"></script>
        </body>
        </html>
        """;

    private const string FramePolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; frame-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private readonly WebApplication _app;
    private string _page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LineFlex templates</title></head><body><p>Building...</p></body></html>\n";
    private int _version;

    private PreviewServer(WebApplication app) => _app = app;

    /// <summary>The address to open: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts serving on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    /// <exception cref="CommandFailedException">The port is in use or cannot be listened on.</exception>
    public static async Task<PreviewServer> StartAsync(int port, CancellationToken cancellationToken)
    {
        // The empty builder reads no appsettings, environment variables or command line, and adds no logger.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var server = new PreviewServer(builder.Build());
        server._app.Run(server.AnswerAsync);
        try
        {
            await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await server._app.DisposeAsync().ConfigureAwait(false);
            throw new CommandFailedException($"The preview cannot listen on 127.0.0.1:{port}: {e.GetBaseException().Message.TrimEnd('.')}. Choose another port with --port N, or use --port 0 to let the system pick a free one.");
        }

        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Url = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Serves <paramref name="html"/> from now on; open pages reload it within a second or so.</summary>
    public void Publish(string html)
    {
        Volatile.Write(ref _page, html);
        Interlocked.Increment(ref _version);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        var host = context.Request.Host;
        if (host.Port != Url.Port || host.Host is not ("127.0.0.1" or "localhost"))
        {
            return Text(response, StatusCodes.Status421MisdirectedRequest, "text/plain", $"This preview answers only at {Url}.");
        }

        if (!HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.Allow = "GET";
            return Text(response, StatusCodes.Status405MethodNotAllowed, "text/plain", "Only GET.");
        }

        switch (context.Request.Path.Value)
        {
            case "/":
                response.Headers.ContentSecurityPolicy = FramePolicy;
                return Text(response, StatusCodes.Status200OK, "text/html; charset=utf-8", Frame);
            case "/gallery":
                response.Headers.ContentSecurityPolicy = PagePolicy;
                return Text(response, StatusCodes.Status200OK, "text/html; charset=utf-8", Volatile.Read(ref _page));
            case "/version":
                return Text(response, StatusCodes.Status200OK, "text/plain", Volatile.Read(ref _version).ToString(CultureInfo.InvariantCulture));
            case "/watch.js":
                return Text(response, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script);
            default:
                return Text(response, StatusCodes.Status404NotFound, "text/plain", "Open / for the templates.");
        }
    }

    private static Task Text(HttpResponse response, int status, string type, string text)
    {
        response.StatusCode = status;
        response.ContentType = type;
        return response.WriteAsync(text);
    }
}
