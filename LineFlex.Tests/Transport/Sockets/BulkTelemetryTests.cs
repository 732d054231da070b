using System.Diagnostics;
using LineFlex.Sandbox;
using LineFlex.Tests.Transport.Client;
using static LineFlex.Tests.Transport.Client.TransportTestData;

namespace LineFlex.Tests.Transport.Sockets;

/// <summary>A bulk send is one activity with each batch's send under it; a client made by hand measures through the static meter.</summary>
public class BulkTelemetryTests
{
    [Test]
    public async Task A_bulk_send_is_one_activity_with_each_batch_s_send_under_it()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DeliveryDelay = TimeSpan.FromHours(1) });
        using var telemetry = TelemetryCapture.ForStaticMeter(sandbox.BaseUrl.Port);
        using var client = new LineFlexClient(Options(o =>
        {
            o.BaseUrl = sandbox.BaseUrl.AbsoluteUri;
            o.BulkBatchSize = 2;
        }));
        var messages = Enumerable.Range(0, 5).Select(BulkMessage).ToList();
        messages[4] = messages[4] with { Sender = null };

        await client.SendAllAsync(messages);

        var bulk = telemetry.Activities.Single(a => a.OperationName == "LineFlex bulk send");
        var sends = telemetry.Activities.Where(a => a.OperationName == "POST /line/1/messages").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sends, Has.Count.EqualTo(2));
            Assert.That(sends.Select(s => s.ParentSpanId), Has.All.EqualTo(bulk.SpanId));
            Assert.That(sends.Select(s => s.GetTagItem("messaging.batch.message_count")), Has.All.EqualTo(2));
            Assert.That(bulk.Kind, Is.EqualTo(ActivityKind.Internal));
            Assert.That(bulk.GetTagItem("messaging.batch.message_count"), Is.EqualTo(5));
            Assert.That(bulk.GetTagItem("lineflex.bulk.accepted"), Is.EqualTo(4));
            Assert.That(bulk.GetTagItem("lineflex.bulk.failed"), Is.EqualTo(1));
            Assert.That(bulk.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(telemetry.Of("lineflex.messages.sent").Sum(m => m.Value), Is.EqualTo(4));
            Assert.That(telemetry.Of("lineflex.call.duration"), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task A_cancelled_bulk_send_ends_its_activity_with_an_error_status()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var telemetry = TelemetryCapture.ForStaticMeter(sandbox.BaseUrl.Port);
        using var client = new LineFlexClient(Options(o => o.BaseUrl = sandbox.BaseUrl.AbsoluteUri));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        Assert.CatchAsync<BulkSendCanceledException>(() => client.SendAllAsync([BulkMessage(1)], cancellationToken: cancel.Token));

        var bulk = telemetry.Activities.Single(a => a.OperationName == "LineFlex bulk send");
        Assert.Multiple(() =>
        {
            Assert.That(bulk.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(bulk.GetTagItem("error.type"), Is.EqualTo("canceled"));
        });
    }
}
