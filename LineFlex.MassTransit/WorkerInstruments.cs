using System.Diagnostics.Metrics;

namespace LineFlex;

/// <summary>The worker's OpenTelemetry instruments, on the meter <see cref="MeterName"/>, each tagged with the worker's name.</summary>
internal sealed class WorkerInstruments
{
    /// <summary>The meter's name: add it to OpenTelemetry's metrics to see the workers.</summary>
    public const string MeterName = "LineFlex.Workers";

    private static readonly string? Version = typeof(WorkerInstruments).Assembly.GetName().Version?.ToString();

    private readonly KeyValuePair<string, object?> _worker;

    public WorkerInstruments(IMeterFactory? factory, string worker)
    {
        var meter = factory?.Create(new MeterOptions(MeterName) { Version = Version }) ?? new Meter(MeterName, Version);
        _worker = new("lineflex.worker", worker);
        Messages = meter.CreateCounter<long>("lineflex.worker.messages", "{message}", "Notification requests the worker decided, by lineflex.outcome (accepted, refused, failed, ambiguous, duplicate).");
        Requests = meter.CreateCounter<long>("lineflex.worker.requests", "{request}", "Requests the worker sent to Infobip.");
        RateWait = meter.CreateHistogram<double>("lineflex.worker.rate_wait", "s", "How long the worker waited for the account's rate limit before a request.");
        Pauses = meter.CreateCounter<long>("lineflex.worker.pauses", "{pause}", "429 answers that paused every worker of the account.");
    }

    public Counter<long> Messages { get; }

    public Counter<long> Requests { get; }

    public Histogram<double> RateWait { get; }

    public Counter<long> Pauses { get; }

    public void Count(string outcome, long count = 1)
    {
        if (count > 0)
        {
            Messages.Add(count, _worker, new("lineflex.outcome", outcome));
        }
    }

    public void Sent(TimeSpan waited)
    {
        Requests.Add(1, _worker);
        RateWait.Record(waited.TotalSeconds, _worker);
    }

    public void Paused() => Pauses.Add(1, _worker);
}
