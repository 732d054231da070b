using System.Diagnostics;

namespace LineFlex.Samples.Campaign;

/// <summary>The worker processes of a chaos run: started from this same program with <c>--worker</c>, killed with SIGKILL.</summary>
internal sealed class WorkerSet(IReadOnlyList<string> workerArgs) : IDisposable
{
    private readonly List<Process> _running = [];

    /// <summary>How many workers are up.</summary>
    public int Running
    {
        get
        {
            lock (_running)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>Starts one worker and waits until its bus is up.</summary>
    public async Task StartAsync()
    {
        // This program's own assembly, run by the dotnet host, whoever started this process (the sample's launcher or a test host).
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(WorkerSet).Assembly.Location);
        start.ArgumentList.Add("--worker");
        foreach (var arg in workerArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("ready", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"a worker did not start: it printed '{line}'");
        }

        lock (_running)
        {
            _running.Add(process);
        }
    }

    /// <summary>
    /// Kills a random running worker with SIGKILL, as a crash or an out-of-memory kill would; returns its name in the
    /// ledger, or null when none is running.
    /// </summary>
    public string? KillRandom()
    {
        Process victim;
        lock (_running)
        {
            if (_running.Count == 0)
            {
                return null;
            }

            victim = _running[Random.Shared.Next(_running.Count)];
            _running.Remove(victim);
        }

        var name = $"worker-{victim.Id}";
        victim.Kill();
        victim.WaitForExit();
        victim.Dispose();
        return name;
    }

    public void Dispose()
    {
        // Called after every start has finished: nothing adds to the list any more.
        foreach (var process in _running)
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }
    }
}
