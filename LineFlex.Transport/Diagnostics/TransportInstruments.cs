using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LineFlex;

/// <summary>
/// The activity source and the instruments of <see cref="LineFlexTelemetry"/>. A client made by dependency injection
/// measures through a meter from the container's <see cref="IMeterFactory"/>; one made by hand through the library's
/// one static meter, as the platform expects of a library without a container.
/// </summary>
internal sealed class TransportInstruments
{
    public const string MessagesSentName = "lineflex.messages.sent";
    public const string FailuresName = "lineflex.call.failures";
    public const string RetriesName = "lineflex.call.retries";
    public const string DurationName = "lineflex.call.duration";

    /// <summary>The activity source of every client: there is no factory for activity sources.</summary>
    public static readonly ActivitySource Source = new(LineFlexTelemetry.ActivitySourceName, LineFlexClient.LibraryVersion);

    private static readonly Lazy<TransportInstruments> Shared = new(() => new TransportInstruments(new Meter(LineFlexTelemetry.MeterName, LineFlexClient.LibraryVersion)));

    /// <summary>OpenTelemetry's boundaries for HTTP call durations, in seconds.</summary>
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60];

    private TransportInstruments(Meter meter)
    {
        MessagesSent = meter.CreateCounter<long>(MessagesSentName, "{message}", "Message destinations Infobip accepted.");
        Failures = meter.CreateCounter<long>(FailuresName, "{call}", "Calls that failed, by error.type.");
        Retries = meter.CreateCounter<long>(RetriesName, "{retry}", "Attempts made again, by the error.type of the attempt before.");
        Duration = meter.CreateHistogram(
            DurationName,
            "s",
            "How long calls took, every attempt and the waits between them included.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    /// <summary>The instruments on the library's static meter, for clients made without a container.</summary>
    public static TransportInstruments Default => Shared.Value;

    public Counter<long> MessagesSent { get; }

    public Counter<long> Failures { get; }

    public Counter<long> Retries { get; }

    public Histogram<double> Duration { get; }

    /// <summary>The instruments on a meter of <paramref name="factory"/>, or <see cref="Default"/> when there is none.</summary>
    public static TransportInstruments From(IMeterFactory? factory) =>
        factory is null ? Default : new(factory.Create(new MeterOptions(LineFlexTelemetry.MeterName) { Version = LineFlexClient.LibraryVersion }));
}
