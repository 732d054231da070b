using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LineFlex.Sandbox;

/// <summary>The filters and limit of <c>GET /line/1/reports</c>; an absent filter matches everything.</summary>
internal sealed record ReportQuery(
    string? BulkId,
    string? MessageId,
    string? EntityId,
    string? ApplicationId,
    string? CampaignReferenceId,
    int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    /// <summary>Reads the query string; a <c>limit</c> that is not a whole number in 1..1000 is a violation.</summary>
    public static bool TryRead(IQueryCollection query, out ReportQuery reportQuery, out ApiViolation? violation)
    {
        var limit = DefaultLimit;
        violation = null;
        var limitText = Single(query, "limit");
        if (limitText is not null
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            violation = new ApiViolation(
                "limit",
                $"must be a whole number between 1 and {MaxLimit} (default {DefaultLimit}), but was '{FlexLimits.Excerpt(limitText)}'");
        }

        reportQuery = new ReportQuery(
            Single(query, "bulkId"),
            Single(query, "messageId"),
            Single(query, "entityId"),
            Single(query, "applicationId"),
            Single(query, "campaignReferenceId"),
            limit);
        return violation is null;
    }

    /// <summary>Whether <paramref name="report"/> passes every filter given.</summary>
    public bool Matches(DeliveredReport report) =>
        Passes(BulkId, report.BulkId)
        && Passes(MessageId, report.MessageId)
        && Passes(EntityId, report.EntityId)
        && Passes(ApplicationId, report.ApplicationId)
        && Passes(CampaignReferenceId, report.CampaignReferenceId);

    private static bool Passes(string? filter, string? value) =>
        filter is null || string.Equals(filter, value, StringComparison.Ordinal);

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
