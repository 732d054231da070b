using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using LineFlex.Sandbox;
using Microsoft.Extensions.Logging;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex sandbox --port 5080</c>: runs the Infobip-compatible sandbox until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var port = RangedOption.WholeNumber(
            "--port", "The port on 127.0.0.1, 0 to 65535 (0 picks a free one).", 0, IPEndPoint.MaxPort, 5080, " (0 picks a free port)");
        var apiKey = new Option<string?>("--api-key") { Description = "Accept only this API key (any App key when not set)." };
        apiKey.Validators.Add(TargetOptions.CheckKeyLength);
        var delay = RangedOption.Seconds("--delivery-delay", "Seconds until an accepted message is DELIVERED, 0 to 86400.", 1);
        var allowHost = HostNames(
            "--allow-host",
            "A host name the sandbox answers besides localhost, 127.0.0.1 and [::1], such as a container's name; repeat for several. Any other Host header is answered 421.");
        var allowWebhookHost = HostNames(
            "--allow-webhook-host",
            "A host name or IP address off this machine that delivery webhooks may be posted to; repeat for several. By default they go to loopback addresses only.");
        var command = new Command("sandbox", "Run a local Infobip-compatible LINE endpoint on 127.0.0.1 until Ctrl+C: POST /line/1/messages, GET /line/1/reports, delivery webhooks.")
        {
            port,
            apiKey,
            delay,
            allowHost,
            allowWebhookHost,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            using var logging = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new OutputLoggerProvider(output, TimeProvider.System)));
            var options = new SandboxOptions
            {
                Port = result.GetValue(port),
                ApiKey = result.GetValue(apiKey),
                DeliveryDelay = TimeSpan.FromSeconds(result.GetValue(delay)),
                AllowedHosts = result.GetValue(allowHost) ?? [],
                AllowedWebhookHosts = result.GetValue(allowWebhookHost) ?? [],
                LoggerFactory = logging,
            };
            await using var sandbox = await StartAsync(options, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"LineFlex sandbox listening at {sandbox.BaseUrl}");
            // The key is not printed: a log of the output would keep it.
            output.WriteLine(result.GetValue(apiKey) is null
                ? $"Send to it with: {SendTarget.BaseUrlVariable}={sandbox.BaseUrl} {SendTarget.ApiKeyVariable}=any-key lineflex send request.json"
                : $"Send to it with: {SendTarget.BaseUrlVariable}={sandbox.BaseUrl} {SendTarget.ApiKeyVariable}=KEY lineflex send request.json, where KEY is the key given with --api-key (it accepts no other)");
            output.WriteLine($"See what it received, rendered, in its inbox: {sandbox.BaseUrl} (in a browser; no key needed)");
            output.WriteLine($"What it received, as JSON: {new Uri(sandbox.BaseUrl, "sandbox/messages")}");
            output.WriteLine("Press Ctrl+C to stop. Each request is logged below on one line.");
            try
            {
                await sandbox.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop quietly.
            }

            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>A repeatable option of bare host names, each checked when the command line is read (a usage error).</summary>
    private static Option<string[]> HostNames(string name, string description)
    {
        var option = new Option<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Uri.CheckHostName(token.Value) == UriHostNameType.Unknown)
                {
                    result.AddError(
                        $"{name} '{token.Value}' is not a host name. Give a bare host name or IP address, such as 'sandbox.test' or '192.0.2.10', without a scheme, port or path.");
                }
            }
        });
        return option;
    }

    private static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await SandboxServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            var address = $"127.0.0.1:{options.Port}";
            var socket = Causes(exception).OfType<SocketException>().FirstOrDefault();
            throw new CommandFailedException(socket?.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? $"{address} is in use by another process. Stop that process, choose another port with --port N, or use --port 0 to let the system pick a free one."
                : $"The sandbox cannot listen on {address}: {(socket ?? exception.GetBaseException()).Message}. Choose another port with --port N, or use --port 0 to let the system pick a free one.");
        }
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
