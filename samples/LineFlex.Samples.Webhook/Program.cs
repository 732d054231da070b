using LineFlex;
using LineFlex.Samples.Webhook;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<DeliveryReportInbox>();
var app = builder.Build();

// Infobip POSTs delivery reports to each message's webhooks.delivery.url: point it here.
app.MapPost("/line/delivery-reports", async (HttpRequest request, DeliveryReportInbox inbox, ILogger<DeliveryReportInbox> logger, CancellationToken cancellationToken) =>
{
    using var reader = new StreamReader(request.Body);
    string body = await reader.ReadToEndAsync(cancellationToken);

    IReadOnlyList<DeliveryReport> reports;
    try
    {
        // JSON, or XML when the message asked for webhooks.contentType application/xml.
        reports = DeliveryReportParser.Parse(body, request.ContentType);
    }
    catch (DeliveryReportFormatException e)
    {
        // Says what is wrong and where (results[0].sentAt, line 1, position 120).
        logger.LogWarning("Unreadable delivery report: {Problem}", e.Message);
        return Results.BadRequest(e.Message);
    }

    foreach (DeliveryReport report in reports)
    {
        switch (report.Status?.Group)
        {
            case StatusGroup.Delivered:
                logger.LogInformation("{MessageId} delivered at {DoneAt}", report.MessageId, report.DoneAt);
                break;
            case StatusGroup.Undeliverable or StatusGroup.Rejected or StatusGroup.Expired:
                // Error.Permanent says whether sending the same message again can help.
                logger.LogWarning("{MessageId} not delivered: {Status} {Error} (permanent: {Permanent})",
                    report.MessageId, report.Status?.Name, report.Error?.Name, report.Error?.Permanent);
                break;
            default:
                // PENDING or ACCEPTED (intermediate reports), or a group this version does not know:
                // Status.GroupName keeps the word Infobip sent.
                logger.LogInformation("{MessageId} is {GroupName}", report.MessageId, report.Status?.GroupName);
                break;
        }

        await inbox.AddAsync(report, cancellationToken); // your app updates its records here
    }

    // Any answer but a 2xx makes Infobip post the same reports again later.
    return Results.Ok();
});

app.Run();
