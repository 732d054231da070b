using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LineFlex.Tests.Transport.Client;

/// <summary>
/// Records LineFlex's activities under a parent activity of its own, and the measurements of the instruments it is
/// told to listen to, so that a test sees its own client's telemetry and nothing from tests running beside it.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly Activity _parent;
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<Recorded> _measurements = new();
    private readonly Func<Recorded, bool> _keep;

    private TelemetryCapture(Func<Instrument, bool> listensTo, Func<Recorded, bool> keep)
    {
        _keep = keep;
        _parent = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var traceId = _parent.TraceId;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LineFlexTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Parent.TraceId == traceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (listensTo(instrument))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The activities stopped so far, in the order they stopped.</summary>
    public IReadOnlyList<Activity> Activities => [.. _stopped];

    /// <summary>Every measurement kept so far.</summary>
    public IReadOnlyList<Recorded> Measurements => [.. _measurements];

    /// <summary>Listens to the meters of <paramref name="factory"/> only.</summary>
    public static TelemetryCapture For(IMeterFactory factory) => new(i => i.Meter.Scope == factory, _ => true);

    /// <summary>Listens to the library's static meter, keeping the measurements of calls to <paramref name="port"/> only.</summary>
    public static TelemetryCapture ForStaticMeter(int port) =>
        new(i => i.Meter.Name == LineFlexTelemetry.MeterName && i.Meter.Scope is null, m => Equals(m.Tags.GetValueOrDefault("server.port"), port));

    /// <summary>The measurements of the instrument named <paramref name="name"/>.</summary>
    public IReadOnlyList<Recorded> Of(string name) => [.. Measurements.Where(m => m.Instrument == name)];

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
        _parent.Stop();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var recorded = new Recorded(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), instrument.Unit, tags.ToArray().ToDictionary(t => t.Key, t => t.Value));
        if (_keep(recorded))
        {
            _measurements.Enqueue(recorded);
        }
    }

    /// <summary>One measurement: the instrument, the value, its unit and its tags.</summary>
    internal sealed record Recorded(string Instrument, double Value, string? Unit, Dictionary<string, object?> Tags)
    {
        public override string ToString() => $"{Instrument} {Value} {string.Join(", ", Tags.Select(t => $"{t.Key}={t.Value}"))}";
    }
}
