using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LineFlex.Sandbox;

/// <summary>
/// <c>GET /line/1/reports</c>: authenticates, then returns and forgets the due reports that match the query,
/// at most <c>limit</c> of them, so each report is returned once.
/// </summary>
internal sealed class ReportsEndpoint(ApiKeyCheck apiKey, DeliveryScheduler deliveries, ILogger logger)
{
    public const string Path = "/line/1/reports";

    public Task HandleAsync(HttpContext context)
    {
        if (!apiKey.Accepts(context.Request))
        {
            SandboxLog.Rejected(logger, context.Request.Method, Path, StatusCodes.Status401Unauthorized, "no valid App key");
            return WireResponse.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, ApiError.Unauthorized());
        }

        if (!ReportQuery.TryRead(context.Request.Query, out var query, out var violation))
        {
            SandboxLog.Rejected(logger, context.Request.Method, Path, StatusCodes.Status400BadRequest, violation!.Violation);
            return WireResponse.WriteErrorAsync(context, StatusCodes.Status400BadRequest, ApiError.BadRequest([violation]));
        }

        var reports = deliveries.Take(query);
        return WireResponse.WriteJsonAsync(context, StatusCodes.Status200OK, DeliveryReport.ToJson(reports));
    }
}
