using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>GET /line/1/reports</c> (authenticated already): returns and forgets the due reports that match the query,
/// at most <c>limit</c> of them, so each report is returned once.
/// </summary>
internal sealed class ReportsEndpoint(DeliveryScheduler deliveries, ILogger logger)
{
    public const string Path = "/line/1/reports";

    public Task HandleAsync(HttpContext context)
    {
        if (!ReportQuery.TryRead(context.Request.Query, out var query, out var violation))
        {
            return WireResponse.RejectAsync(context, logger, StatusCodes.Status400BadRequest, ApiError.BadRequest([violation!]), violation!.Violation);
        }

        var reports = deliveries.Take(query);
        return WireResponse.WriteJsonAsync(context, StatusCodes.Status200OK, DeliveryReport.ToJson(reports));
    }
}
