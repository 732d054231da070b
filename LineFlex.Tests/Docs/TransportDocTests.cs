using System.Reflection;
using Microsoft.Extensions.Logging;

namespace LineFlex.Tests.Docs;

/// <summary>docs/transport.md lists what the client logs, traces and measures as the code does it.</summary>
public class TransportDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "docs", "transport.md"));

    private static string Telemetry => Doc[Doc.IndexOf("## Logs, traces and metrics", StringComparison.Ordinal)..];

    [Test]
    public void Every_log_event_has_a_row_with_its_id_name_and_level()
    {
        var events = typeof(TransportLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .ToList();

        Assert.That(events, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var e in events)
            {
                Assert.That(Telemetry, Does.Contain($"| {e.EventId} | `{e.EventName}` | {e.Level} |"), e.EventName);
            }
        });
    }

    [Test]
    public void Every_instrument_and_activity_has_a_row()
    {
        string[] instruments = [TransportInstruments.MessagesSentName, TransportInstruments.FailuresName, TransportInstruments.RetriesName, TransportInstruments.DurationName];
        string[] activities = ["POST /line/1/messages", "GET /line/1/reports", LineFlexClient.BulkActivityName];

        Assert.Multiple(() =>
        {
            Assert.That(Telemetry, Does.Contain($"the `ActivitySource` named `{LineFlexTelemetry.ActivitySourceName}`"));
            Assert.That(Telemetry, Does.Contain($"the `Meter` named `{LineFlexTelemetry.MeterName}`"));
            foreach (var name in instruments.Concat(activities))
            {
                Assert.That(Telemetry, Does.Contain($"| `{name}` |"), name);
            }
        });
    }
}
