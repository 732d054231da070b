using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>GET /line/1/reports</c> (authenticated already): returns and forgets the due reports that match the query,
/// at most <c>limit</c> of them, so each report is returned once.
/// </summary>
internal sealed class ReportsEndpoint(DeliveryScheduler deliveries)
{
    public const string Path = "/line/1/reports";

    public Task HandleAsync(HttpContext context)
    {
        if (!ReportQuery.TryRead(context.Request.Query, out var query, out var violation))
        {
            return WireResponse.RejectAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest([violation!]), violation!.Violation);
        }

        var reports = deliveries.Take(query);
        var summary = WireResponse.Summary(context);
        (summary.MessageCount, summary.BulkId, summary.Outcome) = (reports.Count, query.BulkId, "reports pulled");
        return WireResponse.WriteJsonAsync(context, StatusCodes.Status200OK, DeliveredReport.ToJson(reports));
    }
}
