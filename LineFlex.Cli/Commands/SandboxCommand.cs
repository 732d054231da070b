using System.CommandLine;
using LineFlex.Sandbox;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex sandbox --port 5080</c>: runs the Infobip-compatible sandbox until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var apiKey = new Option<string?>("--api-key") { Description = "Accept only this API key (any App key when not set)." };
        var delay = new Option<double>("--delivery-delay") { Description = "Seconds until an accepted message is DELIVERED.", DefaultValueFactory = _ => 1 };
        var command = new Command("sandbox", "Run a local Infobip-compatible LINE endpoint on 127.0.0.1 until Ctrl+C: POST /line/1/messages, GET /line/1/reports, delivery webhooks.")
        {
            port,
            apiKey,
            delay,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var sandbox = await SandboxServer.StartAsync(
                    new SandboxOptions
                    {
                        Port = result.GetValue(port),
                        ApiKey = result.GetValue(apiKey),
                        DeliveryDelay = TimeSpan.FromSeconds(result.GetValue(delay)),
                    },
                    cancellationToken)
                .ConfigureAwait(false);
            output.WriteLine($"LineFlex sandbox listening at {sandbox.BaseUrl}");
            output.WriteLine($"Send to it with: {SendTarget.BaseUrlVariable}={sandbox.BaseUrl} {SendTarget.ApiKeyVariable}={result.GetValue(apiKey) ?? "any-key"} lineflex send request.json");
            output.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await sandbox.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop quietly.
            }

            return 0;
        });
        return command;
    }
}
