using System.Diagnostics;
using LineFlex.Sandbox;

namespace LineFlex.Benchmarks;

/// <summary>
/// Peak working set of one bulk send, measured in a process of its own for each message count, so
/// that memory that stays flat in the message count shows as the same peak.
/// </summary>
internal static class BulkMemory
{
    public static async Task<int> RunAsync(int messages)
    {
        const string apiKey = "benchmark-key";
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = apiKey, DeliveryDelay = TimeSpan.FromDays(1), ValidateRequests = false });
        using var client = new LineFlexClient(new LineFlexOptions { BaseUrl = sandbox.BaseUrl.AbsoluteUri, ApiKey = apiKey });
        using var process = Process.GetCurrentProcess();
        var bubble = Workloads.BulkMessage(0).Content!.Contents!;

        var started = Stopwatch.GetTimestamp();
        var outcome = await client.SendAllAsync(Stream(messages, bubble));
        var elapsed = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        Console.WriteLine(
            $"messages={messages} accepted={outcome.Accepted} seconds={elapsed.TotalSeconds:0.00} messages_per_second={messages / elapsed.TotalSeconds:0} peak_working_set_mb={process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0}");
        return outcome.Failed == 0 ? 0 : 1;
    }

    private static IEnumerable<LineMessage> Stream(int count, FlexBubble bubble)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Flex.Message()
                .Sender("OFFICIAL-ACCOUNT-ID-123")
                .To($"668555{i % 100_000:D5}", messageId: $"bulk-{i}")
                .AltText("Thank you for your purchase.")
                .Bubble(bubble)
                .Build();
        }
    }
}
