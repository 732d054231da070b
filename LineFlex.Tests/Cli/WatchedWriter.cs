using System.Globalization;

namespace LineFlex.Tests.Cli;

/// <summary>Collects what a running command prints, and tells when a line containing a marker has been written.</summary>
internal sealed class WatchedWriter() : StringWriter(CultureInfo.InvariantCulture)
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(string Marker, TaskCompletionSource<string> Seen)> _waiters = [];

    /// <summary>Completes with the first line containing <paramref name="marker"/>, written already or to come.</summary>
    public Task<string> WaitForAsync(string marker)
    {
        lock (_gate)
        {
            if (_lines.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) is { } line)
            {
                return Task.FromResult(line);
            }

            var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((marker, seen));
            return seen.Task;
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
            _lines.Add(value ?? string.Empty);
            foreach (var waiter in _waiters.Where(w => value?.Contains(w.Marker, StringComparison.Ordinal) == true).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(value!);
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}
