using System.Diagnostics;

namespace LineFlex.Benchmarks;

/// <summary>
/// Peak working set of one bulk send, in a process of its own for each message count, against a
/// sandbox in another process (<c>lineflex sandbox</c>), so that what the sandbox keeps does not
/// count as the client's memory. <c>SendAllAsync</c> keeps one result per message; the streaming
/// form, <c>SendEachAsync</c>, keeps none and should stay flat.
/// </summary>
internal static class BulkMemory
{
    public static async Task<int> RunAsync(int messages, bool streaming)
    {
        using var sandbox = StartSandbox(out var baseUrl);
        try
        {
            using var client = new LineFlexClient(new LineFlexOptions { BaseUrl = baseUrl, ApiKey = "benchmark-key" });
            var bubble = Workloads.BulkMessage(0).Content!.Contents!;
            using var process = Process.GetCurrentProcess();
            var started = Stopwatch.GetTimestamp();
            int accepted = 0, failed = 0;
            if (streaming)
            {
                await foreach (var item in client.SendEachAsync(Stream(messages, bubble)))
                {
                    if (item.Accepted)
                    {
                        accepted++;
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
            else
            {
                var outcome = await client.SendAllAsync(Stream(messages, bubble));
                (accepted, failed) = (outcome.Accepted, outcome.Failed);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            process.Refresh();
            Console.WriteLine(
                $"form={(streaming ? "SendEachAsync" : "SendAllAsync")} messages={messages} accepted={accepted} seconds={elapsed.TotalSeconds:0.00} messages_per_second={messages / elapsed.TotalSeconds:0} peak_working_set_mb={process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0}");
            return failed == 0 ? 0 : 1;
        }
        finally
        {
            sandbox.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Starts <c>lineflex sandbox --port 0</c> and reads the URL it prints.</summary>
    private static Process StartSandbox(out string baseUrl)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "lineflex.dll");
        var process = Process.Start(new ProcessStartInfo("dotnet", $"\"{cli}\" sandbox --port 0 --delivery-delay 86400")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not start the sandbox process.");
        const string marker = "LineFlex sandbox listening at ";
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                baseUrl = line[marker.Length..].Trim();
                return process;
            }
        }

        throw new InvalidOperationException("The sandbox process ended before it said where it listens.");
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
