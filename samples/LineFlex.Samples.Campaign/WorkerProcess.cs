using LineFlex.Gallery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LineFlex.Samples.Campaign;

/// <summary>One worker process: <c>--worker SANDBOX_URL RABBITMQ LEDGER QUEUE RATE</c>; runs until it is stopped or killed.</summary>
internal static class WorkerProcess
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 5)
        {
            await Console.Error.WriteLineAsync("usage: --worker SANDBOX_URL RABBITMQ LEDGER QUEUE RATE");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddLineFlex(o =>
        {
            o.BaseUrl = args[0];
            o.ApiKey = "campaign-key";
            // Every attempt goes through the account's rate limit: the workers retry a 429 themselves.
            o.MaxRetryAttempts = 0;
        });
        builder.Services.AddFlexTemplates(typeof(PointsEarned).Assembly);
        builder.Services.AddLineFlexWorkers(o =>
        {
            o.RabbitMq = new Uri(args[1]);
            o.Ledger = args[2];
            o.Queue = args[3];
            o.Account = args[3];
            o.RequestsPerSecond = double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
            o.Sender = "OFFICIAL-ACCOUNT-ID-123";
            o.WorkerName = $"worker-{Environment.ProcessId}";
        });
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine($"ready worker-{Environment.ProcessId}");
        await host.WaitForShutdownAsync();
        return 0;
    }
}
