namespace LineFlex.Sandbox;

/// <summary>
/// The queue of faults the next calls answer with, first in first out. Each authenticated call, to any path,
/// takes one queued fault (if any) before it is handled; a call without a valid key is answered 401 and leaves
/// the queue as it is. Safe to use from many threads.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private readonly Queue<SandboxFault> _queue = new();

    internal SandboxFaults()
    {
    }

    /// <summary>How many calls are still to be answered with a fault.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Makes the next <paramref name="times"/> calls, after those already queued, answer with <paramref name="fault"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Enqueue(SandboxFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (times < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(times),
                times,
                "A fault is queued for at least one call. To remove queued faults, call Clear().");
        }

        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Removes every queued fault; the next calls answer normally.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queue.Clear();
        }
    }

    /// <summary>Takes the fault for the current call, if one is queued.</summary>
    internal bool TryTake(out SandboxFault fault)
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out fault!);
        }
    }
}
